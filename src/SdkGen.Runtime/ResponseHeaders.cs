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
/// <remarks>
/// The typed readers and <see cref="GetSingleValue"/> read a single-valued header. RFC 9110 (section 5.3) lets a
/// header arrive as several field lines, or as one line its sender or a proxy combined with commas: repeats of one
/// value read as that value (as <c>Content-Length: 42, 42</c> does in section 8.6); different values read as
/// <see langword="null"/> and are noted as a <see cref="ResponseDepartureKind.ConflictingHeaderValues"/> departure of
/// the response (<see cref="ResponseDepartures.Of"/>), every value staying in <see cref="GetValues"/>. A list-valued
/// header reads whole from <see cref="GetValue"/>.
/// </remarks>
public sealed class ResponseHeaders : IEnumerable<KeyValuePair<string, IReadOnlyList<string>>>
{
    private static readonly string[] s_none = Array.Empty<string>();
    private readonly Dictionary<string, IReadOnlyList<string>> _headers;
    private readonly List<ResponseDeparture> _departures = new();

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

    /// <summary>
    /// The header <paramref name="name"/> as one value: its text when it arrived once or every field line repeats it;
    /// <see langword="null"/> when absent or the lines differ (a departure; <see cref="GetValues"/> keeps them all).
    /// </summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public string? GetSingleValue(string name) => Single(name, commaFree: false);

    /// <summary>The header <paramref name="name"/> as a 32-bit integer; <see langword="null"/> when absent, not one, or repeated with different values.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public int? GetInt32(string name) =>
        int.TryParse(Single(name, commaFree: true), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>The header <paramref name="name"/> as a 64-bit integer; <see langword="null"/> when absent, not one, or repeated with different values.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public long? GetInt64(string name) =>
        long.TryParse(Single(name, commaFree: true), NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) ? value : null;

    /// <summary>The header <paramref name="name"/> as a number; <see langword="null"/> when absent, not a finite number, or repeated with different values.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public double? GetDouble(string name) =>
        double.TryParse(Single(name, commaFree: true), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && !double.IsNaN(value) && !double.IsInfinity(value) ? value : null;

    /// <summary>The header <paramref name="name"/> as a decimal number; <see langword="null"/> when absent, not one, or repeated with different values.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public decimal? GetDecimal(string name) =>
        decimal.TryParse(Single(name, commaFree: true), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) ? value : null;

    /// <summary>The header <paramref name="name"/> as <c>true</c>/<c>false</c> (any case); <see langword="null"/> when absent, neither, or repeated with different values.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public bool? GetBoolean(string name) => bool.TryParse(Single(name, commaFree: true), out bool value) ? value : null;

    /// <summary>
    /// The header <paramref name="name"/> as a date and time, either an HTTP date (<c>Tue, 15 Nov 1994 08:12:31 GMT</c>)
    /// or ISO 8601 (<c>2024-02-29T13:05:00Z</c>; without an offset, UTC); <see langword="null"/> when absent, neither,
    /// or repeated with different values.
    /// </summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public DateTimeOffset? GetDateTimeOffset(string name) =>
        DateTimeOffset.TryParse(Single(name, commaFree: false), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value) ? value : null;

    /// <summary>The header <paramref name="name"/> as a UUID; <see langword="null"/> when absent, not one, or repeated with different values.</summary>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public Guid? GetGuid(string name) => Guid.TryParse(Single(name, commaFree: true), out Guid value) ? value : null;

    /// <summary>The departures typed reads have noticed so far (repeats with different values), each header once.</summary>
    internal IReadOnlyList<ResponseDeparture> Departures
    {
        get
        {
            lock (_departures)
            {
                return _departures.ToArray();
            }
        }
    }

    /// <summary>
    /// The one value of a single-valued header. A value whose valid text never holds a comma (<paramref name="commaFree"/>:
    /// numbers, booleans, UUIDs) is also split at commas, undoing a combination of field lines; dates and text are not.
    /// </summary>
    private string? Single(string name, bool commaFree)
    {
        if (!_headers.TryGetValue(name, out IReadOnlyList<string>? lines))
        {
            return null;
        }

        if (lines.Count == 1 && !(commaFree && lines[0].IndexOf(',') >= 0))
        {
            return lines[0];
        }

        string? single = null;
        foreach (string line in lines)
        {
            foreach (string member in commaFree ? line.Split(',') : new[] { line })
            {
                string value = commaFree ? member.Trim() : member;
                if (commaFree && value.Length == 0)
                {
                    continue; // RFC 9110 5.6.1: empty list members do not count
                }

                if (single is null)
                {
                    single = value;
                }
                else if (!string.Equals(single, value, StringComparison.Ordinal))
                {
                    NoteConflict(name);
                    return null;
                }
            }
        }

        return single;
    }

    private void NoteConflict(string name)
    {
        string path = "header " + name;
        lock (_departures)
        {
            if (!_departures.Exists(d => string.Equals(d.Path, path, StringComparison.OrdinalIgnoreCase)))
            {
                _departures.Add(new ResponseDeparture(path, ResponseDepartureKind.ConflictingHeaderValues, null));
            }
        }
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() => _headers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
