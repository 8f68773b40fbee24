using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests.Authentication;

/// <summary>An API key in a header, a query parameter or a cookie, as the server receives it over loopback.</summary>
public sealed class ApiKeyPlacementTests
{
    [Fact]
    public async Task In_a_header_the_key_replaces_any_earlier_value()
    {
        LoopbackRequest received = await SendAsync("items", request =>
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", "stale");
            ApiKeyPlacement.ApplyToHeader(request, "X-Api-Key", new ApiKeyCredentials("k=1/2+3"));
        });

        Assert.Equal("k=1/2+3", received.Header("X-Api-Key"));
    }

    [Theory]
    [InlineData("X Api Key")]
    [InlineData("Content-Type")]
    public void A_header_name_that_cannot_be_sent_is_refused_instead_of_dropping_the_key(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");

        var ex = Assert.Throws<ArgumentException>(() => ApiKeyPlacement.ApplyToHeader(request, name, new ApiKeyCredentials("leaked")));

        Assert.DoesNotContain("leaked", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("items", "/items?api_key=a%2Bb%20c%26d%3D%C3%A9%2F")]
    [InlineData("items?page=2", "/items?page=2&api_key=a%2Bb%20c%26d%3D%C3%A9%2F")]
    [InlineData("items?", "/items?api_key=a%2Bb%20c%26d%3D%C3%A9%2F")]
    [InlineData("items?page=2&", "/items?page=2&api_key=a%2Bb%20c%26d%3D%C3%A9%2F")]
    public async Task In_the_query_the_key_is_appended_percent_encoded(string path, string expectedTarget)
    {
        LoopbackRequest received = await SendAsync(path, request =>
            ApiKeyPlacement.ApplyToQuery(request, "api_key", new ApiKeyCredentials("a+b c&d=é/")));

        Assert.Equal(expectedTarget, received.Target);
    }

    [Fact]
    public void In_the_query_a_fragment_stays_last_and_a_hostile_name_is_encoded()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/items?x=1#top");

        ApiKeyPlacement.ApplyToQuery(request, "key&admin=1", new ApiKeyCredentials("v"));

        Assert.Equal("http://127.0.0.1/items?x=1&key%26admin%3D1=v#top", request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public void In_the_query_a_relative_uri_stays_relative()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("items/1", UriKind.Relative));

        ApiKeyPlacement.ApplyToQuery(request, "k", new ApiKeyCredentials("v v"));

        Assert.Equal("items/1?k=v%20v", request.RequestUri!.OriginalString);
    }

    [Fact]
    public async Task In_a_cookie_the_key_is_merged_into_the_one_Cookie_header()
    {
        LoopbackRequest received = await SendAsync("items", request =>
        {
            request.Headers.TryAddWithoutValidation("Cookie", "JSESSIONID=abc");
            ApiKeyPlacement.ApplyToCookie(request, "api_key", new ApiKeyCredentials("k-1.2_3"));
        });

        Assert.Equal("JSESSIONID=abc; api_key=k-1.2_3", received.Header("Cookie"));
    }

    [Fact]
    public async Task In_a_cookie_alone_the_key_is_the_whole_header()
    {
        LoopbackRequest received = await SendAsync("items", request =>
            ApiKeyPlacement.ApplyToCookie(request, "api_key", new ApiKeyCredentials("k")));

        Assert.Equal("api_key=k", received.Header("Cookie"));
    }

    private static async Task<LoopbackRequest> SendAsync(string path, Action<HttpRequestMessage> apply)
    {
        await using var server = new LoopbackHttpServer(_ => LoopbackResponse.Json(200, "{}"));
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUri, path));
        apply(request);
        using HttpResponseMessage response = await http.SendAsync(request);
        return Assert.Single(server.Requests);
    }
}
