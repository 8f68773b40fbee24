namespace SdkGen.Simulator;

/// <summary>
/// Answers that real deployments of the vendors produce besides the documented default. Clients must read all of
/// them; the defaults are what each vendor sends today. Set at start-up through
/// <see cref="SimulatorOptions.Variations"/>, or at run time through <see cref="SimulatorState.Variations"/> or
/// <c>PUT admin/variations</c>.
/// </summary>
public sealed record ResponseVariations
{
    /// <summary>
    /// GWS publishes other notification types (<c>StatusChange</c>, <c>ParticipantsUpdated</c>) for the same call on
    /// <c>/v2/me/calls</c>. When on (the default, as real GWS does), the first of every three accepted operations on a
    /// call is preceded by a <c>StatusChange</c> and the second by a <c>ParticipantsUpdated</c>, each carrying the
    /// call as it was <em>before</em> the operation (its <c>recordingState</c> is stale); the third has none.
    /// </summary>
    public bool GenesysOtherNotifications { get; init; } = true;

    /// <summary>
    /// Older GWS versions send <c>call.participants</c> as an array of phone-number strings instead of objects.
    /// Off by default.
    /// </summary>
    public bool GenesysParticipantsAsStrings { get; init; }

    /// <summary>
    /// SignalWire's older documented recording body: no <c>channel</c>, <c>trim</c> or <c>subresource_uris</c>, and
    /// <c>duration: null</c> while the recording runs. Off by default (today's body has all 21 fields).
    /// </summary>
    public bool SignalWireLegacyRecording { get; init; }

    /// <summary>
    /// Every JSON success body (Twilio and SignalWire recordings, the GWS operation reply, GWS notifications and
    /// their <c>call</c>) carries fields no spec declares: a string, a number, and an object with an array.
    /// Off by default.
    /// </summary>
    public bool ExtraUnknownFields { get; init; }
}
