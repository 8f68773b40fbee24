using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Bodies sent as they are (a string with a text or XML media type, the caller's stream for bytes); a binary response
/// is handed back as a <c>ResponseStream</c> by the runtime's <c>OperationSender.SendForStreamAsync</c>.
/// </summary>
internal static class RawBodyEmitter
{
    private const string Internal = "global::SdkGen.Runtime.Internal";

    public const string ResponseStreamType = "global::SdkGen.Runtime.ResponseStream";

    /// <summary>The media type sent when the caller does not choose: the first concrete one the spec lists.</summary>
    public static string DefaultMediaType(RequestBodySpec body) =>
        body.MediaTypes.FirstOrDefault(m => m.IndexOf('*') < 0)
        ?? (body.Encoding == BodyEncoding.Binary ? "application/octet-stream" : "text/plain");

    /// <summary>
    /// The parameter that picks the media type, or null when the spec names exactly one. Optional (the first listed
    /// is the default) unless the spec names only a family such as <c>image/*</c>: then a required body needs it said.
    /// </summary>
    public static string? ContentTypeParameter(RequestBodySpec body) => body.ContentTypeParameterName is not { } name
        ? null
        : OnlyWildcards(body) && body.IsRequired
            ? "string " + name
            : "string " + name + " = " + CSharpLiteral.String(DefaultMediaType(body));

    private static bool OnlyWildcards(RequestBodySpec body) => body.MediaTypes.All(m => m.IndexOf('*') >= 0);

    public static void EmitContentTypeDoc(SourceWriter w, RequestBodySpec body)
    {
        if (body.ContentTypeParameterName is { } name)
        {
            w.Doc("param", "The media type of the body" + (body.AnyContentType ? ", for example " : ": ") + CSharpLiteral.XmlDocText(string.Join(", ", body.MediaTypes)) + ".", "name=\"" + name + "\"");
        }
    }

    /// <summary>
    /// A caller-chosen media type must be one the spec declares for the body, checked with the other arguments so a
    /// wrong one sends nothing; it is only read when a body is given.
    /// </summary>
    public static bool EmitContentTypeCheck(SourceWriter w, RequestBodySpec body)
    {
        if (body.ContentTypeParameterName is not { } name || body.AnyContentType || body.MediaTypes.Count == 0)
        {
            return false;
        }

        string call = Internal + ".RawContentFactory.RequireDeclaredMediaType(" + name + ", nameof(" + name + "), "
            + string.Join(", ", body.MediaTypes.Select(CSharpLiteral.String)) + ");";
        w.Line(body.IsRequired ? call : "if (" + body.ParameterName + " is object) " + call);
        return true;
    }

    public static void EmitContent(SourceWriter w, RequestBodySpec body, string value, string request)
    {
        string contentType = body.ContentTypeParameterName ?? CSharpLiteral.String(DefaultMediaType(body));
        string contentTypeName = body.ContentTypeParameterName is { } name ? "nameof(" + name + ")" : CSharpLiteral.String("Content-Type");
        string factory = body.Encoding == BodyEncoding.Binary ? "Binary" : "Text";
        w.Line(request + ".Content = " + Internal + ".RawContentFactory." + factory + "(" + value + ", " + contentType + ", " + contentTypeName + ");");
    }
}
