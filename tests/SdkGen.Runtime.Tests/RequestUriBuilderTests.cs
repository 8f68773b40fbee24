using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class RequestUriBuilderTests
{
    [Theory]
    [InlineData("https://voice.example.com/api/v2")]
    [InlineData("https://voice.example.com/api/v2/")]
    [InlineData("https://voice.example.com/api/v2//")]
    public void Base_path_joins_with_exactly_one_slash(string baseUri)
    {
        var uri = new RequestUriBuilder(new Uri(baseUri)).AppendPath("/accounts/").ToUri();

        Assert.Equal("https://voice.example.com/api/v2/accounts/", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://voice.example.com", "https://voice.example.com/accounts/")]
    [InlineData("https://voice.example.com/", "https://voice.example.com/accounts/")]
    [InlineData("https://voice.example.com:8443/", "https://voice.example.com:8443/accounts/")]
    public void Root_base_joins(string baseUri, string expected)
    {
        var uri = new RequestUriBuilder(new Uri(baseUri)).AppendPath("/accounts/").ToUri();

        Assert.Equal(expected, uri.AbsoluteUri);
    }

    [Fact]
    public void A_request_goes_to_the_built_uri_and_asks_for_the_media_types_given()
    {
        using HttpRequestMessage request = new RequestUriBuilder(new Uri("https://api.example.com/v1")).AppendPath("/calls").ToRequest(HttpMethod.Post, "application/json, text/plain");
        using HttpRequestMessage plain = new RequestUriBuilder(new Uri("https://api.example.com/v1")).AppendPath("/calls").ToRequest(HttpMethod.Get);

        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://api.example.com/v1/calls", request.RequestUri!.AbsoluteUri);
        Assert.Equal(["application/json", "text/plain"], request.Headers.Accept.Select(a => a.MediaType));
        Assert.Null(request.Content);
        Assert.Empty(plain.Headers);
    }

    [Theory]
    [InlineData(null, typeof(ArgumentNullException))]
    [InlineData("", typeof(ArgumentException))]
    [InlineData(".", typeof(ArgumentException))]
    [InlineData("..", typeof(ArgumentException))]
    public void A_named_path_parameter_that_cannot_be_a_segment_is_refused_naming_the_parameter(string? value, Type expected)
    {
        var uri = new RequestUriBuilder(new Uri("https://api.example.com/")).AppendPath("/calls/");

        var ex = Assert.Throws(expected, () => uri.AppendPathParameter(value, "callId"));

        Assert.Equal("callId", ((ArgumentException)ex).ParamName);
    }

    [Fact]
    public void A_named_path_parameter_is_appended_encoded()
    {
        Uri uri = new RequestUriBuilder(new Uri("https://api.example.com/")).AppendPath("/calls/").AppendPathParameter("a b/c", "callId").ToUri();

        Assert.Equal("https://api.example.com/calls/a%20b%2Fc", uri.AbsoluteUri);
    }

    [Fact]
    public void Literal_without_leading_slash_gets_one_after_the_base()
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com/api/v2")).AppendPath("accounts").ToUri();

        Assert.Equal("https://voice.example.com/api/v2/accounts", uri.AbsoluteUri);
    }

    [Fact]
    public void Literals_and_parameters_make_the_path()
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com/2010-04-01"))
            .AppendPath("/Accounts/")
            .AppendPathParameter("AC123")
            .AppendPath("/Calls/")
            .AppendPathParameter("CA456")
            .AppendPath("/Recordings.json")
            .ToUri();

        Assert.Equal("https://voice.example.com/2010-04-01/Accounts/AC123/Calls/CA456/Recordings.json", uri.AbsoluteUri);
    }

    [Fact]
    public void Slash_after_slash_is_not_doubled()
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com/"))
            .AppendPath("/a/")
            .AppendPath("/b")
            .ToUri();

        Assert.Equal("https://voice.example.com/a/b", uri.AbsoluteUri);
    }

    [Fact]
    public void Parameter_directly_after_the_base_gets_a_slash()
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com/api")).AppendPathParameter("x").ToUri();

        Assert.Equal("https://voice.example.com/api/x", uri.AbsoluteUri);
    }

    [Fact]
    public void Base_with_query_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new RequestUriBuilder(new Uri("https://voice.example.com/api?x=1")));
    }

    [Fact]
    public void Base_with_fragment_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new RequestUriBuilder(new Uri("https://voice.example.com/api#x")));
    }

    [Fact]
    public void Relative_base_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new RequestUriBuilder(new Uri("/api", UriKind.Relative)));
    }

    [Fact]
    public void Null_base_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new RequestUriBuilder(null!));
    }

    [Theory]
    [InlineData("AC123", "AC123")]
    [InlineData("A-Z.a_z~09", "A-Z.a_z~09")]
    [InlineData("../", "..%2F")]
    [InlineData("...", "...")]
    [InlineData("/x", "%2Fx")]
    [InlineData("a?b", "a%3Fb")]
    [InlineData("a#b", "a%23b")]
    [InlineData("%2F", "%252F")]
    [InlineData("%252F", "%25252F")]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("a&b=c;d,e", "a%26b%3Dc%3Bd%2Ce")]
    [InlineData("\\", "%5C")]
    [InlineData("é", "%C3%A9")]
    [InlineData("€", "%E2%82%AC")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("a\nb", "a%0Ab")]
    [InlineData(":@!$'()*", "%3A%40%21%24%27%28%29%2A")]
    public void Path_parameter_is_encoded(string value, string expected)
    {
        var builder = new RequestUriBuilder(new Uri("https://voice.example.com/api/v2"))
            .AppendPath("/accounts/")
            .AppendPathParameter(value)
            .AppendPath("/recordings");

        Assert.Equal("https://voice.example.com/api/v2/accounts/" + expected + "/recordings", builder.ToString());
    }

    public static TheoryData<string> HostileValues => new()
    {
        "../", "/x", "a?b", "a#b", "%2F", "%252F", "é€😀中文", "a value with spaces",
        "../../admin", "..%2F..%2F", "%2E%2E", "%2e%2e", "..\\..", "?x=1#frag", "//evil.example.com", "a/../b",
        "%", "%zz", "~", "-._~",
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task Path_parameter_cannot_change_the_path(string value)
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com/api/v2"))
            .AppendPath("/accounts/")
            .AppendPathParameter(value)
            .AppendPath("/recordings")
            .AppendQuery("PageSize", "50")
            .ToUri();

        // What a handler (and so the wire) sees.
        Uri sent = await SendAndCaptureAsync(uri);

        Assert.Equal("voice.example.com", sent.Host);
        Assert.Equal("?PageSize=50", sent.Query);
        Assert.Equal("", sent.Fragment);
        string path = sent.AbsolutePath;
        Assert.StartsWith("/api/v2/accounts/", path, StringComparison.Ordinal);
        Assert.EndsWith("/recordings", path, StringComparison.Ordinal);
        Assert.Equal(sent.AbsoluteUri, uri.AbsoluteUri);
        Assert.Equal(path + "?PageSize=50", sent.PathAndQuery);

        string segment = path.Substring("/api/v2/accounts/".Length, path.Length - "/api/v2/accounts/".Length - "/recordings".Length);
        Assert.DoesNotContain('/', segment);
        Assert.DoesNotContain('?', segment);
        Assert.DoesNotContain('#', segment);
        Assert.NotEqual(".", segment);
        Assert.NotEqual("..", segment);
        Assert.Equal(value, Uri.UnescapeDataString(segment));
    }

    [Theory]
    [InlineData("%2F", "/api/v2/accounts/%252F/recordings")]
    [InlineData("a?b", "/api/v2/accounts/a%3Fb/recordings")]
    [InlineData("a#b", "/api/v2/accounts/a%23b/recordings")]
    [InlineData("/x", "/api/v2/accounts/%2Fx/recordings")]
    public async Task Encodings_survive_HttpRequestMessage(string value, string expectedPath)
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com/api/v2"))
            .AppendPath("/accounts/")
            .AppendPathParameter(value)
            .AppendPath("/recordings")
            .ToUri();
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);

        Assert.Equal(expectedPath, request.RequestUri!.PathAndQuery);
        Assert.Equal("https://voice.example.com" + expectedPath, request.RequestUri.AbsoluteUri);
        Assert.Equal(expectedPath, (await SendAndCaptureAsync(uri)).PathAndQuery);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void Dot_segments_are_refused(string value)
    {
        var builder = new RequestUriBuilder(new Uri("https://voice.example.com/api/v2")).AppendPath("/accounts/");

        var ex = Assert.Throws<ArgumentException>(() => builder.AppendPathParameter(value));
        Assert.Contains("relative path step", ex.Message, StringComparison.Ordinal);
        Assert.Equal("https://voice.example.com/api/v2/accounts/", builder.ToString());
    }

    [Fact]
    public void Default_Uri_parsing_would_remove_encoded_dot_segments()
    {
        // Why no encoding of '..' is safe: even .NET's own Uri decodes %2E and removes the dot-segment.
        var plain = new Uri("https://voice.example.com/api/v2/accounts/%2E%2E/recordings");

        Assert.Equal("/api/v2/recordings", plain.AbsolutePath);
    }

    [Fact]
    public void Empty_path_parameter_throws()
    {
        var builder = new RequestUriBuilder(new Uri("https://voice.example.com/"));

        var ex = Assert.Throws<ArgumentException>(() => builder.AppendPathParameter(""));
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Null_path_parameter_throws()
    {
        var builder = new RequestUriBuilder(new Uri("https://voice.example.com/"));

        Assert.Throws<ArgumentNullException>(() => builder.AppendPathParameter(null!));
    }

    [Fact]
    public void Unpaired_surrogate_in_path_parameter_throws()
    {
        var builder = new RequestUriBuilder(new Uri("https://voice.example.com/"));

        Assert.Throws<ArgumentException>(() => builder.AppendPathParameter("a\uD800b"));
    }

    [Fact]
    public void Query_parameters_are_encoded_and_null_is_skipped()
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com/api"))
            .AppendPath("/calls")
            .AppendQuery("Status", "in-progress")
            .AppendQuery("Skipped", null)
            .AppendQuery("To", "+1 555 0100")
            .AppendQuery("a&b", "c=d#e?f/g")
            .AppendQuery("Empty", "")
            .AppendQuery("Name", "é~")
            .ToUri();

        Assert.Equal(
            "https://voice.example.com/api/calls?Status=in-progress&To=%2B1%20555%200100&a%26b=c%3Dd%23e%3Ff%2Fg&Empty=&Name=%C3%A9~",
            uri.AbsoluteUri);
        Assert.Equal("", uri.Fragment);
    }

    [Fact]
    public void Query_encodings_survive_HttpRequestMessage()
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com/"))
            .AppendPath("/x")
            .AppendQuery("q", "%2E%2E/..%25")
            .ToUri();
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);

        Assert.Equal("/x?q=%252E%252E%2F..%2525", request.RequestUri!.PathAndQuery);
    }

    [Fact]
    public void Query_only_on_base()
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com")).AppendQuery("a", "1").ToUri();

        Assert.Equal("https://voice.example.com/?a=1", uri.AbsoluteUri);
    }

    [Fact]
    public void All_null_query_values_leave_no_question_mark()
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com/")).AppendPath("/x").AppendQuery("a", null).ToUri();

        Assert.Equal("https://voice.example.com/x", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Query_name_is_required(string? name)
    {
        var builder = new RequestUriBuilder(new Uri("https://voice.example.com/"));

        Assert.ThrowsAny<ArgumentException>(() => builder.AppendQuery(name!, "1"));
    }

    [Fact]
    public void Path_after_query_throws()
    {
        var builder = new RequestUriBuilder(new Uri("https://voice.example.com/")).AppendQuery("a", "1");

        Assert.Throws<InvalidOperationException>(() => builder.AppendPath("/x"));
        Assert.Throws<InvalidOperationException>(() => builder.AppendPathParameter("x"));
    }

    [Fact]
    public void Methods_return_the_same_builder()
    {
        var builder = new RequestUriBuilder(new Uri("https://voice.example.com/"));

        Assert.Same(builder, builder.AppendPath("/a"));
        Assert.Same(builder, builder.AppendPathParameter("b"));
        Assert.Same(builder, builder.AppendQuery("c", "d"));
        Assert.Same(builder, builder.AppendQuery("e", null));
    }

    [Fact]
    public void ToUri_returns_an_absolute_uri()
    {
        var uri = new RequestUriBuilder(new Uri("http://localhost:5000/base")).AppendPath("/x").ToUri();

        Assert.True(uri.IsAbsoluteUri);
        Assert.Equal("http://localhost:5000/base/x", uri.AbsoluteUri);
    }

    private static async Task<Uri> SendAndCaptureAsync(Uri uri)
    {
        var handler = new CapturingHandler();
        using var client = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var response = await client.SendAsync(request);
        return handler.RequestUri!;
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public Uri? RequestUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            RequestUri = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        }
    }
}
