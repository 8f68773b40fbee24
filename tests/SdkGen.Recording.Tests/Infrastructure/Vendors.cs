using System.Text;
using SdkGen.Recording.Bandwidth;
using SdkGen.Recording.Genesys;
using SdkGen.Recording.SignalWire;
using SdkGen.Recording.Twilio;
using SdkGen.Runtime;

namespace SdkGen.Recording.Tests.Infrastructure;

/// <summary>The ids the vendors document, the spec file names, and clients wired to a <see cref="CapturingHandler"/>.</summary>
public static class Vendors
{
    /// <summary>A password no exception text may ever contain.</summary>
    public const string Secret = "s3cr3t-P@ssw0rd-never-logged";

    public const string BandwidthSpec = "bandwidth.yaml";
    public const string TwilioSpec = "twilio.yaml";
    public const string GenesysSpec = "genesys.yaml";
    public const string SignalWireSpec = "signalwire.yaml";

    public const string BandwidthAccountId = "9900000";
    public const string BandwidthCallId = "c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85";
    public const string BandwidthUser = "bw-api-user";

    public const string TwilioAccountSid = "AC0123456789abcdef0123456789ABCDEF";
    public const string TwilioCallSid = "CAfedcba9876543210FEDCBA9876543210";
    public const string TwilioReSid = "RE00112233445566778899aabbccddeeff";
    public const string TwilioOperationPath = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json";

    public const string GenesysCallId = "01RCC3N118B1V0SL807GK2LAES00000V";
    public const string GenesysUser = "agent1";
    public const string GenesysOperationPath = "/api/v2/me/calls/{id}";

    public const string SignalWireSpace = "acme-contact";
    public const string SignalWireProjectId = "720796a0-8ee9-4350-83bd-2d07a3121f1e";
    public const string SignalWireCallSid = "43bb71ee-553f-4074-bb20-8e2747647cce";
    public const string SignalWireRecordingSid = "19e436af-5688-4307-b03b-bdb2b42b8142";
    public const string SignalWireOperationPath = "/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}";

    public const string BandwidthOperationPath = "/accounts/{accountId}/calls/{callId}/recording";

    /// <summary>The Authorization header value computed here, independently of the runtime's BasicCredentials.</summary>
    public static string BasicAuthorization(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    public static BandwidthClient Bandwidth(HttpMessageHandler handler, BandwidthClientOptions? options = null) =>
        new(new HttpClient(handler), options ?? new BandwidthClientOptions { Basic = new BasicCredentials(BandwidthUser, Secret) });

    public static TwilioClient Twilio(HttpMessageHandler handler, TwilioClientOptions? options = null) =>
        new(new HttpClient(handler), options ?? new TwilioClientOptions { BasicAuth = new BasicCredentials(TwilioAccountSid, Secret) });

    public static GenesysClient Genesys(HttpMessageHandler handler, GenesysClientOptions? options = null) =>
        new(new HttpClient(handler), options ?? new GenesysClientOptions { BasicAuth = new BasicCredentials(GenesysUser, Secret) });

    public static SignalWireClient SignalWire(HttpMessageHandler handler, SignalWireClientOptions? options = null) =>
        new(new HttpClient(handler), options ?? new SignalWireClientOptions { SpaceName = SignalWireSpace, BasicAuth = new BasicCredentials(SignalWireProjectId, Secret) });

    /// <summary>Fails when an exception's text gives away the password or the Authorization value.</summary>
    public static void AssertNoSecret(Exception exception, string user)
    {
        string authorization = BasicAuthorization(user, Secret);
        string encoded = authorization.Substring("Basic ".Length);
        foreach (string text in new[] { exception.Message, exception.ToString() })
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(encoded, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Authorization:", text, StringComparison.OrdinalIgnoreCase);
        }

        if (exception is ApiException api && api.ResponseBody is { } body)
        {
            Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        }
    }
}
