using System.Net;
using Consumer.Devices;
using Consumer.Features;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>Where requests go and which credentials they carry.</summary>
public sealed class OptionsTests
{
    private readonly CapturingHandler _handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

    [Fact]
    public async Task The_default_region_is_eu()
    {
        var client = new FeatureClient(new HttpClient(_handler), new FeatureClientOptions { Basic = new BasicCredentials(Clients.AccountSid, Clients.Password) });

        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        await client.DeleteRecordingAsync(Clients.AccountSid, "Current");
        #pragma warning restore CS0618

        Assert.Equal(new Uri("https://eu.api.example.com/v1"), client.Endpoint);
        Assert.Equal("https://eu.api.example.com/v1/accounts/" + Clients.AccountSid + "/recordings/Current", _handler.Single.Uri);
        Assert.Equal("https://{region}.api.example.com/v1", FeatureClientOptions.EndpointTemplate);
    }

    [Fact]
    public async Task Region_us_selects_the_us_host()
    {
        var client = Clients.Feature(_handler, o => o.Region = "us");

        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        await client.DeleteRecordingAsync(Clients.AccountSid, Clients.RecordingSid);
        #pragma warning restore CS0618

        Assert.Equal("https://us.api.example.com/v1/accounts/" + Clients.AccountSid + "/recordings/" + Clients.RecordingSid, _handler.Single.Uri);
    }

    [Theory]
    [InlineData("x/evil")]
    [InlineData("evil.com/x")]
    [InlineData("eu.evil.com#")]
    [InlineData("user@eu")]
    [InlineData("ap")]
    [InlineData("EU")]
    [InlineData("eu ")]
    [InlineData("")]
    [InlineData(null)]
    public void An_invalid_region_is_rejected_at_construction(string? region)
    {
        var options = new FeatureClientOptions { Region = region };

        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() => new FeatureClient(new HttpClient(_handler), options));

        Assert.Equal("Region", ex.ParamName);
        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData("http://127.0.0.1:1234/prefix/")]
    [InlineData("http://127.0.0.1:1234/prefix")]
    public async Task An_endpoint_with_a_base_path_is_kept(string endpoint)
    {
        var client = Clients.Feature(_handler, o => o.Endpoint = new Uri(endpoint));

        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        await client.DeleteRecordingAsync(Clients.AccountSid, Clients.RecordingSid);
        #pragma warning restore CS0618
        _handler.Respond(HttpStatusCode.OK, "[]");
        await client.ListNotesAsync(Clients.AccountSid, DateTimeOffset.UnixEpoch, limit: 1);

        Assert.Equal("http://127.0.0.1:1234/prefix/accounts/" + Clients.AccountSid + "/recordings/" + Clients.RecordingSid, _handler.Requests[0].Uri);
        Assert.Equal(
            "http://127.0.0.1:1234/prefix/accounts/" + Clients.AccountSid + "/notes?since=1970-01-01T00%3A00%3A00.0000000%2B00%3A00&limit=1",
            _handler.Requests[1].Uri);
    }

    [Fact]
    public async Task An_endpoint_overrides_the_server_variables()
    {
        // Region is not consulted when Endpoint is set, so even an invalid one does not matter.
        var client = Clients.Feature(_handler, o =>
        {
            o.Endpoint = new Uri("https://proxy.internal/");
            o.Region = "x/evil";
        });

        await client.GetPingAsync();

        Assert.Equal("https://proxy.internal/ping", _handler.Single.Uri);
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("file:///tmp/x")]
    public void A_non_http_endpoint_is_rejected(string endpoint)
    {
        Assert.ThrowsAny<ArgumentException>(() => Clients.Feature(_handler, o => o.Endpoint = new Uri(endpoint)));
        Assert.ThrowsAny<ArgumentException>(() => Clients.Device(_handler, o => o.Endpoint = new Uri(endpoint)));
    }

    [Fact]
    public void A_relative_endpoint_is_rejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => Clients.Feature(_handler, o => o.Endpoint = new Uri("/relative", UriKind.Relative)));
    }

    [Fact]
    public async Task Without_the_credentials_an_operation_requires_nothing_is_sent()
    {
        var client = Clients.Feature(_handler, o => o.Basic = null);

        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.DeleteRecordingAsync(Clients.AccountSid, Clients.RecordingSid));
        #pragma warning restore CS0618

        Assert.Equal("DeleteRecordingAsync needs credentials: set FeatureClientOptions.Basic ('basic'). Nothing was sent.", error.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Credentials_are_utf8_base64_as_rfc_7617_says()
    {
        var client = Clients.Feature(_handler, o => o.Basic = new BasicCredentials("user", "päss"));

        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        await client.DeleteRecordingAsync(Clients.AccountSid, Clients.RecordingSid);
        #pragma warning restore CS0618

        // printf 'user:p\xc3\xa4ss' | base64
        Assert.Equal("Basic dXNlcjpww6Rzcw==", _handler.Single.Header("Authorization"));
    }

    [Fact]
    public async Task HttpClient_default_headers_and_base_address_do_not_change_the_request()
    {
        var http = new HttpClient(_handler) { BaseAddress = new Uri("https://ignored.example.org/other/") };
        http.DefaultRequestHeaders.Add("User-Agent", "consumer-tests/1.0");
        var client = new FeatureClient(http, new FeatureClientOptions { Basic = new BasicCredentials(Clients.AccountSid, Clients.Password) });

        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        await client.DeleteRecordingAsync(Clients.AccountSid, Clients.RecordingSid);
        #pragma warning restore CS0618

        Assert.Equal(Clients.RecordingUri, _handler.Single.Uri);
        Assert.Equal("consumer-tests/1.0", _handler.Single.Header("User-Agent"));
        Assert.Equal("Basic " + Clients.ExpectedBasic, _handler.Single.Header("Authorization"));
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Equal("httpClient", Assert.Throws<ArgumentNullException>(() => new FeatureClient(null!, new FeatureClientOptions())).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new FeatureClient(new HttpClient(_handler), null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new DeviceClient(new HttpClient(_handler), null!)).ParamName);
    }

    [Fact]
    public async Task DeviceClient_uses_its_single_server_by_default()
    {
        _handler.Respond(HttpStatusCode.OK, "{\"id\":\"" + Clients.DeviceId + "\",\"name\":\"n\",\"nickname\":null}");
        var client = Clients.Device(_handler);

        await client.PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, "n", null));

        Assert.Equal(new Uri(DeviceClientOptions.DefaultEndpoint), client.Endpoint);
        Assert.Equal("https://api.example.com/devices/" + Clients.DeviceId, _handler.Single.Uri);
    }

    [Fact]
    public void One_client_can_be_shared_by_concurrent_callers()
    {
        _handler.Respond(HttpStatusCode.NoContent, null);
        var client = Clients.Feature(_handler);

        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        Parallel.For(0, 32, i => client.DeleteRecordingAsync(Clients.AccountSid, "RE" + i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture)).GetAwaiter().GetResult());
        #pragma warning restore CS0618

        Assert.Equal(32, _handler.Requests.Count);
        Assert.Equal(32, _handler.Requests.Select(r => r.Uri).Distinct().Count());
        Assert.All(_handler.Requests, r => Assert.Equal("Basic " + Clients.ExpectedBasic, r.Header("Authorization")));
    }
}
