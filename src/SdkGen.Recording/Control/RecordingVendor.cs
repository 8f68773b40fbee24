namespace SdkGen.Recording;

/// <summary>The voice vendors this SDK controls recordings on.</summary>
public enum RecordingVendor
{
    /// <summary>Bandwidth Voice API v2.</summary>
    Bandwidth,

    /// <summary>Twilio REST API 2010-04-01.</summary>
    Twilio,

    /// <summary>Genesys Web Services (GWS) v2.</summary>
    Genesys,

    /// <summary>SignalWire Compatibility (LaML) API.</summary>
    SignalWire,
}
