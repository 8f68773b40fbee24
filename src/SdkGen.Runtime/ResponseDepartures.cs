using System.Runtime.CompilerServices;

namespace SdkGen.Runtime;

/// <summary>
/// What a generated client noticed while reading a successful response leniently: properties the API description
/// marks <c>required</c> that were missing, <c>null</c> where it says non-null, values of the wrong JSON type.
/// </summary>
/// <remarks>
/// <para>
/// A response arrives after the service acted on the request, so a body that departs from the description is read
/// anyway rather than thrown away with an exception: the affected properties keep their defaults (<c>null</c> for
/// strings and objects, even where the description promises a value). Check here when that matters:
/// </para>
/// <code>
/// var recording = await client.GetRecordingAsync(id);
/// foreach (ResponseDeparture departure in ResponseDepartures.Of(recording)) logger.LogWarning("{Departure}", departure);
/// </code>
/// <para>
/// Departures are remembered for the object the client returned (weakly: they go when it does), with at most
/// <see cref="MaxPerResponse"/> per response (the last one <see cref="ResponseDepartureKind.MoreNotListed"/> when more were seen). Requests are not lenient: <c>required</c> is checked before sending.
/// </para>
/// </remarks>
public static class ResponseDepartures
{
    /// <summary>The largest number of departures kept for one response; a hostile body cannot grow the list without bound.</summary>
    public const int MaxPerResponse = 100;

    private static readonly ConditionalWeakTable<object, IReadOnlyList<ResponseDeparture>> s_byResponse = new();

    // Marks a read in progress that has noticed nothing yet: the list is made at the first departure, so a body that
    // matches its description (nearly every one) costs no allocation. Never added to.
    private static readonly List<ResponseDeparture> s_noneYet = new(0);

    [ThreadStatic]
    private static List<ResponseDeparture>? t_current;

    /// <summary>The departures noticed while reading <paramref name="response"/>; empty when it matched its description.</summary>
    /// <remarks>
    /// For a <see cref="Response"/> (from a <c>…WithResponseAsync</c> method) these are its headers' departures, noted
    /// as its typed header accessors are read; its body's are <c>ResponseDepartures.Of(response.Value)</c>.
    /// </remarks>
    /// <param name="response">An object a generated client returned.</param>
    /// <returns>The departures, in the order they were read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ResponseDeparture> Of(object response)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        if (response is Response answer)
        {
            return answer.Headers.Departures;
        }

        return s_byResponse.TryGetValue(response, out IReadOnlyList<ResponseDeparture>? departures) ? departures : Array.Empty<ResponseDeparture>();
    }

    /// <summary>Whether a departure was noticed at <paramref name="path"/> while reading <paramref name="response"/>.</summary>
    /// <param name="response">An object a generated client returned.</param>
    /// <param name="path">The model and the property's wire name, for example <c>Recording.status</c>.</param>
    /// <returns><see langword="true"/> when that value was missing, null or of the wrong type.</returns>
    public static bool Concern(object response, string path)
    {
        foreach (ResponseDeparture departure in Of(response))
        {
            if (string.Equals(departure.Path, path, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Starts collecting for a read on this thread (reads are synchronous); returns the previous collector to restore.</summary>
    internal static List<ResponseDeparture>? Begin()
    {
        List<ResponseDeparture>? previous = t_current;
        t_current = s_noneYet;
        return previous;
    }

    /// <summary>Ends collecting and remembers the departures for <paramref name="response"/>.</summary>
    internal static void End(object? response, List<ResponseDeparture>? previous)
    {
        List<ResponseDeparture>? collected = t_current;
        t_current = previous;
        if (response is not null && collected is { Count: > 0 })
        {
#if NET
            s_byResponse.AddOrUpdate(response, collected.AsReadOnly());
#else
            s_byResponse.Remove(response);
            s_byResponse.Add(response, collected.AsReadOnly());
#endif
        }
    }

    /// <summary>Notes a departure for the read in progress; ignored outside one.</summary>
    internal static void Report(string path, ResponseDepartureKind kind, string? rawJson)
    {
        if (t_current is not { } current || current.Count >= MaxPerResponse)
        {
            return;
        }

        if (ReferenceEquals(current, s_noneYet))
        {
            t_current = current = new List<ResponseDeparture>();
        }

        // The last place is kept to say that the list is cut.
        current.Add(current.Count == MaxPerResponse - 1
            ? new ResponseDeparture(path, ResponseDepartureKind.MoreNotListed, null)
            : new ResponseDeparture(path, kind, rawJson));
    }
}
