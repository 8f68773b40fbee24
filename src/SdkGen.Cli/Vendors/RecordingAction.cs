namespace SdkGen.Cli.Vendors;

/// <summary>What to do to the recording.</summary>
internal enum RecordingAction
{
    Pause,
    Resume,
    Stop,
}

/// <summary>The vendors <c>sdkgen</c> can talk to.</summary>
internal enum Vendor
{
    Bandwidth,
    Twilio,
    Genesys,
    SignalWire,
}
