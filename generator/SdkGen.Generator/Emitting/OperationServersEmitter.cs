using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Servers declared on paths or operations: one endpoint property per server in a second part of the options class,
/// and one resolved base address per server in each client that uses it.
/// </summary>
internal static class OperationServersEmitter
{
    /// <summary>The options file part, or null when every operation uses <c>Endpoint</c>.</summary>
    public static string? EmitOptions(DocumentSpec document)
    {
        OptionsSpec options = document.Options;
        if (options.OperationServers.Count == 0)
        {
            return null;
        }

        return SourceFile.Write(document.Namespace, w => EmitServers(w, options, Accessibility.Of(document)));
    }

    private static void EmitServers(SourceWriter w, OptionsSpec options, string accessibility)
    {
        w.OpenBlock(accessibility + " partial class " + options.Name);
        bool first = true;
        foreach (OperationServerSpec server in options.OperationServers)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            string defaultName = server.DefaultConstName;
            bool absolute = server.DefaultUrl.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase) || server.DefaultUrl.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase);
            w.Summary("The server the API description names for " + CSharpLiteral.XmlDocText(string.Join(", ", server.Paths)) + (absolute ? "." : ", relative to <see cref=\"Endpoint\"/>."));
            w.Line("public const string " + defaultName + " = " + CSharpLiteral.String(server.DefaultUrl) + ";");
            w.Line();
            w.Summary("Where requests to " + CSharpLiteral.XmlDocText(string.Join(", ", server.Paths)) + " go, overriding <see cref=\"" + defaultName + "\"/> (a proxy, a test server).");
            w.Line("public global::System.Uri? " + server.PropertyName + " { get; set; }");
            w.Line();
            w.Line("/// <exception cref=\"global::System.ArgumentException\">" + server.PropertyName + " is not an absolute http or https URI.</exception>");
            w.OpenBlock("internal global::System.Uri " + server.ResolveMethodName + "()");
            w.OpenBlock("if (" + server.PropertyName + " is object)");
            w.OpenBlock("if (!" + server.PropertyName + ".IsAbsoluteUri || (" + server.PropertyName + ".Scheme != \"http\" && " + server.PropertyName + ".Scheme != \"https\"))");
            w.Line("throw new global::System.ArgumentException(\"" + server.PropertyName + " must be an absolute http or https URI.\", nameof(" + server.PropertyName + "));");
            w.CloseBlock();
            w.Line();
            w.Line("return " + server.PropertyName + ";");
            w.CloseBlock();
            w.Line();
            w.Line(absolute
                ? "return new global::System.Uri(" + defaultName + ", global::System.UriKind.Absolute);"
                : "return new global::System.Uri(ResolveEndpoint(), " + defaultName + ");");
            w.CloseBlock();
        }

        w.CloseBlock();
    }

    /// <summary>The servers the client's operations use, by options property.</summary>
    public static List<string> UsedBy(ClientSpec client) =>
        client.Operations.Select(o => o.ServerPropertyName).Where(n => n is not null).Select(n => n!).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToList();

    public static string FieldName(string propertyName) => "_" + char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);

    /// <summary>The base address an operation's request starts from.</summary>
    public static string BaseFor(OperationSpec operation) => operation.ServerPropertyName is { } name ? FieldName(name) : "_endpoint";
}
