using System.Security.Cryptography;

namespace SdkGen.Simulator.Model;

/// <summary>Generates ids in each vendor's shape.</summary>
internal static class IdFactory
{
    private const string GenesysAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    public static string Hex32() => Guid.NewGuid().ToString("N");

    public static string Uuid() => Guid.NewGuid().ToString("D");

    /// <summary><c>c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85</c>.</summary>
    public static string BandwidthCallId() => $"c-{Hex32()[..8]}-{Uuid()}";

    public static string BandwidthRecordingId() => $"r-{Hex32()[..8]}-{Uuid()}";

    public static string TwilioCallSid() => "CA" + Hex32();

    public static string TwilioRecordingSid() => "RE" + Hex32();

    /// <summary>32 characters from the base-32 alphabet GWS call ids use, e.g. <c>01RCC3N118B1V0SL807GK2LAES00000V</c>.</summary>
    public static string GenesysId() => RandomNumberGenerator.GetString(GenesysAlphabet, 32);

    public static string CallId(SimulatedVendor vendor) => vendor switch
    {
        SimulatedVendor.Bandwidth => BandwidthCallId(),
        SimulatedVendor.Twilio => TwilioCallSid(),
        SimulatedVendor.Genesys => GenesysId(),
        SimulatedVendor.SignalWire => Uuid(),
        _ => throw new ArgumentOutOfRangeException(nameof(vendor), vendor, null),
    };

    public static string RecordingId(SimulatedVendor vendor) => vendor switch
    {
        SimulatedVendor.Bandwidth => BandwidthRecordingId(),
        SimulatedVendor.Twilio => TwilioRecordingSid(),
        SimulatedVendor.Genesys => "rec-" + Hex32(),
        SimulatedVendor.SignalWire => Uuid(),
        _ => throw new ArgumentOutOfRangeException(nameof(vendor), vendor, null),
    };
}
