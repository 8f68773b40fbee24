using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace SdkGen.Runtime;

/// <summary>
/// The headers of a successful answer, by case-insensitive name, with lenient typed readers: a value that does not
/// parse reads as <see langword="null"/> and never throws (the service has already acted), and its text as sent
/// stays available from <see cref="GetValue"/>.
/// </summary>
public sealed class ResponseHeaders : IEnumerable<KeyValuePair<string, IReadOnlyList<string>>>
{
    private static readonly string[] s_none = Array.Empty<string>();
    private readonly Dictionary<string, IReadOnlyList<string>> _headers;

    /// <summary>Headers made from name and values pairs (for tests and mocks); a name given twice keeps both values.</summary>
    /// <param name="headers">The headers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is <see langword="null"/>.</exception>
    public ResponseHeaders(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        if (headers is null)
        {
            throw new ArgumentNullException(nameof(headers));
        }

        var collected = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in headers)
        {
            if (!collected.TryGetValue(header.Key, out List<string>? values))
            {
                collected[header.Key] = values = new List<string>();
            }

            values.AddRange(header.Value ?? s_none);
        }

        _headers = collected.ToDictionary(h => h.Key, h => (IReadOnlyList<string>)h.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A copy of the response and content headers of <paramref name="message"/>.</summary>
    /// <param name="message">The answer.</param>
    /// <returns>The headers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public static ResponseHeaders Of(HttpResponseMessage message)
    {
        if (message is null)
        {
            throw new ArgumentNullException(nameof(message));
        }

#if NET6_0_OR_GREATER
        // The values as received: validating them could drop one the service sent (a malformed ETag), and would change the header store.
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> all = message.Headers.NonValidated.Select(AsText);
        return new ResponseHeaders(message.Content is null ? all : all.Concat(message.Content.Headers.NonValidated.Select(AsText)));
#else
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> all = message.Headers;
        return new ResponseHeaders(message.Content is null ? all : all.Concat(message.Content.Headers));
#endif
    }

#if NET6_0_OR_GREATER
    private static KeyValuePair<string, IEnumerable<string>> AsText(KeyValuePair<string, System.Net.Http.Headers.HeaderStringValues> header) =>
        new(header.Key, header.Value);
#endif

    /// <summary>The number of distinct header names.</summary>
    public int Count => _headers.Count;

    /// <summary>Whether the answer carries the header <paramref name="name"/>.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string name) => _headers.ContainsKey(name);

    /// <summary>The values of the header <paramref name="name"/>, one per field line or list item HttpClient kept; empty when absent.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The values.</returns>
    public IReadOnlyList<string> GetValues(string name) => _headers.TryGetValue(name, out IReadOnlyList<string>? values) ? values : s_none;

    /// <summary>The text of the header <paramref name="name"/> as sent (several values joined with <c>", "</c>, as HTTP combines them), or <see langword="null"/> when absent.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public string? GetValue(string name) => _headers.TryGetValue(name, out IReadOnlyList<string>? values)
        ? values.Count == 1 ? values[0] : string.Join(", ", values)
        : null;

    /// <summary>The header <paramref name="name"/> as a 32-bit integer; <see langword="null"/> when absent or not one.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public int? GetInt32(string name) =>
        int.TryParse(GetValue(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>The header <paramref name="name"/> as a 64-bit integer; <see langword="null"/> when absent or not one.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public long? GetInt64(string name) =>
        long.TryParse(GetValue(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) ? value : null;

    /// <summary>The header <paramref name="name"/> as a number; <see langword="null"/> when absent or not a finite number.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public double? GetDouble(string name) =>
        double.TryParse(GetValue(name), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && !double.IsNaN(value) && !double.IsInfinity(value) ? value : null;

    /// <summary>The header <paramref name="name"/> as a decimal number; <see langword="null"/> when absent or not one.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public decimal? GetDecimal(string name) =>
        decimal.TryParse(GetValue(name), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) ? value : null;

    /// <summary>The header <paramref name="name"/> as <c>true</c>/<c>false</c> (any case); <see langword="null"/> when absent or neither.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public bool? GetBoolean(string name) => bool.TryParse(GetValue(name), out bool value) ? value : null;

    /// <summary>
    /// The header <paramref name="name"/> as a date and time, either an HTTP date (<c>Tue, 15 Nov 1994 08:12:31 GMT</c>)
    /// or ISO 8601 (<c>2024-02-29T13:05:00Z</c>; without an offset, UTC); <see langword="null"/> when absent or neither.
    /// </summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public DateTimeOffset? GetDateTimeOffset(string name) =>
        DateTimeOffset.TryParse(GetValue(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value) ? value : null;

    /// <summary>The header <paramref name="name"/> as a UUID; <see langword="null"/> when absent or not one.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public Guid? GetGuid(string name) => Guid.TryParse(GetValue(name), out Guid value) ? value : null;

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() => _headers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
