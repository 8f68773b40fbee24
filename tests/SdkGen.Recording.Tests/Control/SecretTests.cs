using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control;

/// <summary>
/// No credential in any log event — structured state included, at Trace level, through dependency injection — nor in
/// any exception, even when the vendor's error message echoes the request's <c>Authorization</c> header.
/// </summary>
public sealed class SecretTests
{
    public static TheoryData<RecordingVendor> Vendors => new(ControlHarness.AllVendors);

    [Fact]
    public async Task With_DI_and_Trace_logging_no_log_event_carries_a_credential_in_its_text_or_its_state()
    {
        await using var harness = await ControlHarness.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(harness.Logs));
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(harness.ConfigurationSettings()).Build();
        services.AddBandwidthRecordingControl(configuration.GetSection("Recording:Bandwidth"));
        services.AddTwilioRecordingControl(configuration.GetSection("Recording:Twilio"));
        services.AddGenesysRecordingControl(configuration.GetSection("Recording:Genesys"));
        services.AddSignalWireRecordingControl(configuration.GetSection("Recording:SignalWire"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        foreach (RecordingVendor vendor in ControlHarness.AllVendors)
        {
            IRecordingControl control = provider.GetRequiredKeyedService<IRecordingControl>(vendor);
            CallReference call = harness.AddCall(vendor);
            await using (await control.PauseForSensitiveInputAsync(call))
            {
            }

            await Assert.ThrowsAsync<RecordingNotFoundException>(() => control.PauseAsync(ControlHarness.UnknownCall(vendor)));
        }

        Assert.NotEmpty(harness.Logs.Entries);
        AssertNoSecret(harness, harness.Logs.Entries.Select(e => e.AllText + "\n" + string.Join("\n", e.Values.Select(v => Flatten(v.Value)))));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_vendor_message_echoing_the_Authorization_header_reaches_no_exception_or_log(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor, new ControlSettings
        {
            Resilience = r => r.MaxRetries = 0,
            Interceptor = () => new EchoingHandler(),
        });
        var texts = new List<string>();

        var refused = await Assert.ThrowsAsync<RecordingNotFoundException>(() => control.PauseAsync(ControlHarness.UnknownCall(vendor)));
        texts.Add(refused.ToString());
        Assert.Contains("echo:", refused.VendorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.DoesNotContain('\r', refused.Message);
        Assert.DoesNotContain('\u001b', refused.Message);
        Assert.InRange(refused.VendorMessage!.Length, 1, 310);
        Assert.DoesNotContain(new string('x', 400), refused.ToString(), StringComparison.Ordinal);

        CallReference call = harness.AddCall(vendor);
        Exception? both = null;
        try
        {
            await control.PauseForSensitiveInputAsync(call, _ =>
            {
                harness.FailOperations(vendor, 1, retryAfterSeconds: null);
                throw new InvalidOperationException("card reader broke");
            }, logger: harness.LoggerFactory.CreateLogger("Checkout"));
        }
        catch (AggregateException ex)
        {
            both = ex;
        }

        Assert.NotNull(both);
        texts.Add(both.ToString());
        texts.AddRange(harness.Logs.Entries.Select(e => e.AllText));
        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Error);
        AssertNoSecret(harness, texts);
    }

    [Theory]
    [InlineData("https://user:s3cret-in-url@host.example/", "must not contain user information")]
    [InlineData("https://user:s3cret-in-url@host.example:port/", "is not an absolute URL")]
    public async Task An_Endpoint_with_user_information_is_refused_without_echoing_it(string endpoint, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Recording:Twilio:AccountSid"] = "AC" + new string('0', 32),
            ["Recording:Twilio:AuthToken"] = "token",
            ["Recording:Twilio:Endpoint"] = endpoint,
        };
        var services = new ServiceCollection();
        services.AddTwilioRecordingControl(new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("Recording:Twilio"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        Exception ex = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<TwilioRecordingControl>());

        Assert.Contains(expected, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-in-url", ex.ToString(), StringComparison.Ordinal);
    }

    private static void AssertNoSecret(ControlHarness harness, IEnumerable<string> texts)
    {
        string[] all = texts.ToArray();
        foreach (string secret in harness.SecretForms())
        {
            Assert.All(all, text => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }
    }

    // Header collections in log state are enumerables of values: spell them out so the check sees every value.
    private static string Flatten(object? value) => value switch
    {
        null => "",
        string text => text,
        System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>().Select(Flatten)),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// A careless vendor (or proxy): every error message echoes the request's Authorization header, the decoded
    /// <c>user:secret</c>, line breaks and a terminal escape, padded past any sane length.
    /// </summary>
    private sealed class EchoingHandler : DelegatingHandler
    {
        private static readonly string[] MessageFields = ["message", "description", "statusMessage"];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            string text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (JsonNode.Parse(text) is not JsonObject body || !IsError(response, body))
            {
                response.Content = new StringContent(text, Encoding.UTF8, "application/json");
                return response;
            }

            AuthenticationHeaderValue? auth = request.Headers.Authorization;
            string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(auth!.Parameter!));
            string echo = "echo: Authorization: " + auth + "\r\nFAKE LOG LINE\u001b[31m user:secret=" + decoded + " " + new string('x', 2000);
            foreach (string field in MessageFields.Where(body.ContainsKey))
            {
                body[field] = echo;
            }

            response.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            return response;
        }

        private static bool IsError(HttpResponseMessage response, JsonObject body) =>
            !response.IsSuccessStatusCode || (body["statusCode"] is JsonValue code && code.GetValue<int>() != 0);
    }
}
