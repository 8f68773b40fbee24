using System.Text.RegularExpressions;

namespace SdkGen.Recording;

/// <summary>Masks the user information (<c>user:password@</c>) of anything that looks like a URL, for messages.</summary>
internal static class UrlUserInfo
{
    private static readonly Regex UserInfo = new("(?<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^/?#@\\s]*@", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static string Mask(string text) => UserInfo.Replace(text, "${scheme}***@");
}
