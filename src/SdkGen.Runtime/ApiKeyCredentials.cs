namespace SdkGen.Runtime;

/// <summary>
/// An API key. Where it goes (a header, a query parameter or a cookie) and under which name is the API description's
/// business: generated clients apply it with <c>SdkGen.Runtime.Internal.ApiKeyPlacement</c>.
/// </summary>
/// <remarks>The key is never exposed publicly, and <see cref="ToString"/> masks it.</remarks>
public sealed class ApiKeyCredentials
{
    /// <summary>Creates credentials from an API key.</summary>
    /// <param name="key">The key. Must not be empty or contain a control character.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or contains a control character (the message does not show it).</exception>
    public ApiKeyCredentials(string key)
    {
        Internal.SecretText.Validate(key, nameof(key), "The API key");
        Key = key;
    }

    /// <summary>The key, for the placement helper only.</summary>
    internal string Key { get; }

    /// <summary>Describes the credentials without the key.</summary>
    /// <returns><c>ApiKeyCredentials { Key = *** }</c>.</returns>
    public override string ToString() => "ApiKeyCredentials { Key = *** }";
}
