using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace SdkGen.Recording.DependencyInjection;

/// <summary>
/// Reads options from configuration by name. Hand-written rather than <c>ConfigurationBinder.Bind</c>, which
/// uses reflection: this keeps the SDK trim- and Native-AOT-safe.
/// </summary>
internal static class RecordingOptionsBinder
{
    public static void BindCommon(IConfiguration section, RecordingControlOptions options)
    {
        if (section["Endpoint"] is { Length: > 0 } endpoint)
        {
            options.Endpoint = Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri)
                ? uri
                : throw Invalid(section, "Endpoint", endpoint, "an absolute URL");
        }

        IConfiguration resilience = section.GetSection("Resilience");
        RecordingResilienceOptions r = options.Resilience;
        r.MaxRetries = Int(resilience, "MaxRetries") ?? r.MaxRetries;
        r.BaseDelay = Time(resilience, "BaseDelay") ?? r.BaseDelay;
        r.MaxDelay = Time(resilience, "MaxDelay") ?? r.MaxDelay;
        r.AttemptTimeout = Time(resilience, "AttemptTimeout") ?? r.AttemptTimeout;
        r.OverallTimeout = Time(resilience, "OverallTimeout") ?? r.OverallTimeout;
    }

    public static string? String(IConfiguration section, string key) => section[key] is { Length: > 0 } value ? value : null;

    public static Uri? AbsoluteUri(IConfiguration section, string key) => section[key] is { Length: > 0 } value
        ? System.Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) ? uri : throw Invalid(section, key, value, "an absolute URL")
        : null;

    public static bool? Bool(IConfiguration section, string key) => section[key] is { Length: > 0 } value
        ? bool.TryParse(value, out bool parsed) ? parsed : throw Invalid(section, key, value, "true or false")
        : null;

    public static int? Int(IConfiguration section, string key) => section[key] is { Length: > 0 } value
        ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) ? parsed : throw Invalid(section, key, value, "a whole number")
        : null;

    /// <summary>A time span as <c>hh:mm:ss</c> (like the configuration binder) or as a number of seconds.</summary>
    public static TimeSpan? Time(IConfiguration section, string key)
    {
        if (section[key] is not { Length: > 0 } value)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out TimeSpan parsed)
            ? parsed
            : throw Invalid(section, key, value, "a time span (hh:mm:ss) or seconds");
    }

    public static TEnum? Enum<TEnum>(IConfiguration section, string key, Func<string, TEnum> fromWire, TEnum unknown)
        where TEnum : struct, System.Enum
    {
        if (section[key] is not { Length: > 0 } value)
        {
            return null;
        }

        TEnum parsed = fromWire(value.ToLowerInvariant());
        return !parsed.Equals(unknown) ? parsed : throw Invalid(section, key, value, "one of the documented values");
    }

    // Only settings that hold no secret are parsed here; a URL's user information is masked all the same, and the
    // value is cleaned (escaped, bounded) before it reaches the message.
    private static InvalidOperationException Invalid(IConfiguration section, string key, string value, string expected)
    {
        string path = section is IConfigurationSection s ? s.Path + ":" + key : key;
        return new InvalidOperationException($"Configuration value {path} = '{SecretRedactor.None.Clean(UrlUserInfo.Mask(value))}' is not {expected}.");
    }
}
