using Consumer.Devices;
using Consumer.Features;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests.Infrastructure;

/// <summary>Shared values and client factories. Every client sends through a <see cref="CapturingHandler"/>.</summary>
internal static class Clients
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string RecordingSid = "RE0123456789ABCDEF0123456789abcdef";
    public const string Password = "s3cr3t-T0ken!";

    /// <summary>base64("AC0123456789abcdef0123456789abcdef:s3cr3t-T0ken!"), computed outside .NET with coreutils base64.</summary>
    public const string ExpectedBasic = "QUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjpzM2NyM3QtVDBrZW4h";

    public const string EuBase = "https://eu.api.example.com/v1";
    public const string RecordingUri = EuBase + "/accounts/" + AccountSid + "/recordings/" + RecordingSid;
    public const string NotesUri = EuBase + "/accounts/" + AccountSid + "/notes";

    public const string DeviceId = "0f8fad5b-d9cb-469f-a165-70867728950e";

    public static FeatureClient Feature(CapturingHandler handler, Action<FeatureClientOptions>? configure = null)
    {
        var options = new FeatureClientOptions
        {
            Region = "eu",
            Basic = new BasicCredentials(AccountSid, Password),
        };
        configure?.Invoke(options);
        return new FeatureClient(new HttpClient(handler, disposeHandler: false), options);
    }

    public static DeviceClient Device(CapturingHandler handler, Action<DeviceClientOptions>? configure = null)
    {
        var options = new DeviceClientOptions();
        configure?.Invoke(options);
        return new DeviceClient(new HttpClient(handler, disposeHandler: false), options);
    }
}
