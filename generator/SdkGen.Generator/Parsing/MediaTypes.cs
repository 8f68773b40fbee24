using System;
using System.Linq;

namespace SdkGen.Generator.Parsing;

/// <summary>What a media type means for the generated code: JSON, a form, text, multipart, or bytes.</summary>
internal static class MediaTypes
{
    public static string Essence(string mediaType) => mediaType.Split(';')[0].Trim();

    /// <summary><c>text/*</c> and XML: a string, sent or returned as it is.</summary>
    public static bool IsText(string mediaType)
    {
        string type = Essence(mediaType);
        return type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsMultipart(string mediaType) => Essence(mediaType).StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The subtype of a <c>multipart/…</c> media type the generated code can frame (<c>form-data</c>, <c>mixed</c>…): a
    /// token, with no parameters (<c>multipart/related; type=…</c> would lose its <c>type</c>), or null.
    /// </summary>
    public static string? MultipartSubtype(string mediaType)
    {
        if (!IsMultipart(mediaType) || mediaType.IndexOf(';') >= 0)
        {
            return null;
        }

        string subtype = Essence(mediaType).Substring("multipart/".Length).ToLowerInvariant();
        return subtype.Length > 0 && subtype.All(c => c < 0x7F && (char.IsLetterOrDigit(c) || "!#$&-^_.+".IndexOf(c) >= 0)) ? subtype : null;
    }

    public static bool IsForm(string mediaType) => Essence(mediaType).Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>A family (<c>image/*</c>) rather than one type: the caller has to say which.</summary>
    public static bool IsWildcard(string mediaType) => Essence(mediaType).IndexOf('*') >= 0;
}
