namespace SdkGen.Simulator;

/// <summary>
/// Well-known ids of the calls seeded when <see cref="SimulatorOptions.SeedDemoCalls"/> is on: one call per
/// vendor, each with one recording in progress. The ids have the shapes the real vendors use.
/// </summary>
public static class DemoCalls
{
    /// <summary>Bandwidth call id (the <c>c-</c> shape Bandwidth uses).</summary>
    public const string BandwidthCallId = "c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85";

    /// <summary>Bandwidth recording id (internal to the simulator: the Bandwidth route has no recording id).</summary>
    public const string BandwidthRecordingId = "r-fbe05094-9fd2afe9-bf5b-4c68-820a-41a01c1c5833";

    /// <summary>Twilio call SID (<c>CA</c> + 32 hex digits).</summary>
    public const string TwilioCallSid = "CAe1644a7eed5088b159577c5802d8be38";

    /// <summary>Twilio recording SID (<c>RE</c> + 32 hex digits).</summary>
    public const string TwilioRecordingSid = "REd04242a0544234abba080942e0535505";

    /// <summary>Genesys GWS call id.</summary>
    public const string GenesysCallId = "01RCC3N118B1V0SL807GK2LAES00000V";

    /// <summary>SignalWire call id (a UUID).</summary>
    public const string SignalWireCallSid = "3f6ba3c6-5b4e-4fb7-9d0a-7b1e0c2f8a41";

    /// <summary>SignalWire recording id (a UUID).</summary>
    public const string SignalWireRecordingSid = "9e2c41d7-0a4f-4c1e-b8f3-52d6a7e10b93";
}
