using System;

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

    public static bool IsForm(string mediaType) => Essence(mediaType).Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>A family (<c>image/*</c>) rather than one type: the caller has to say which.</summary>
    public static bool IsWildcard(string mediaType) => Essence(mediaType).IndexOf('*') >= 0;
}
