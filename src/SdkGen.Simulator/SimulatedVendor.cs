namespace SdkGen.Simulator;

/// <summary>The vendors the simulator stands in for. Each one is served under its own path prefix.</summary>
public enum SimulatedVendor
{
    /// <summary>Bandwidth Voice API v2, served under <c>/bandwidth/api/v2/</c>.</summary>
    Bandwidth,

    /// <summary>Twilio REST API 2010-04-01, served under <c>/twilio/</c>.</summary>
    Twilio,

    /// <summary>Genesys Web Services (GWS) v2, served under <c>/genesys/</c>.</summary>
    Genesys,

    /// <summary>SignalWire Compatibility (LaML) API, served under <c>/signalwire/api/laml/2010-04-01/</c>.</summary>
    SignalWire,
}
