using System.Net;
using Consumer.Safety;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>
/// Issue 12, item 8: values that could change the request's meaning (header injection, dot-segments, another host,
/// a pattern read two ways, a pattern that never finishes) are refused with an ArgumentException and nothing is sent.
/// </summary>
public sealed class SafetyTests
{
    private const string ItemJson = """{"id":"i1","count":2,"state":"active","tags":[],"owner":{"equals":"e","toString":"t"},"created":"2024-01-02T03:04:05Z"}""";

    private readonly CapturingHandler _handler = new CapturingHandler().Respond(HttpStatusCode.OK, ItemJson);

    private SafetyClient Client(Action<SafetyClientOptions>? configure = null)
    {
        var options = new SafetyClientOptions();
        configure?.Invoke(options);
        return new SafetyClient(new HttpClient(_handler, disposeHandler: false), options);
    }

    private async Task<ArgumentException> RejectedAsync(Func<Task> call)
    {
        ArgumentException ex = await Assert.ThrowsAnyAsync<ArgumentException>(call);
        Assert.Empty(_handler.Requests);
        return ex;
    }

    [Theory]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("a\nX-Injected: 1")]
    [InlineData("a\rb")]
    [InlineData("a\0b")]
    [InlineData("a\u001bb")]
    public async Task Header_values_with_line_breaks_or_NUL_are_refused(string value)
    {
        ArgumentException single = await RejectedAsync(() => Client().GetItemAsync("i1", xTrace: value));
        ArgumentException list = await RejectedAsync(() => Client().GetItemAsync("i1", xTags: ["ok", value]));

        Assert.Equal("xTrace", single.ParamName);
        Assert.Equal("xTags", list.ParamName);
        Assert.DoesNotContain('\n', single.Message);
    }

    [Fact]
    public async Task Header_values_with_tabs_and_text_are_sent_as_given()
    {
        await Client().GetItemAsync("i1", xTrace: "a\tb c", xTags: ["x", "y"]);

        Assert.Equal("a\tb c", _handler.Single.Header("X-Trace"));
        Assert.Equal("x,y", _handler.Single.Header("X-Tags"));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task Dot_segment_path_values_are_refused(string value)
    {
        ArgumentException ex = await RejectedAsync(() => Client().GetItemAsync(value));

        Assert.Equal("itemId", ex.ParamName);
    }

    [Theory]
    [InlineData("...")]
    [InlineData(".a")]
    [InlineData("a..")]
    public async Task Values_that_only_contain_dots_are_sent(string value)
    {
        await Client().GetItemAsync(value);

        Assert.Equal("https://demo.example.com/api/x/items/" + value, _handler.Single.Uri);
    }

    [Theory]
    [InlineData("ab12\n")] // the Regex path
    [InlineData("ab12\r\n")]
    public async Task A_pattern_ending_in_dollar_is_the_end_of_the_value_in_the_Regex_path(string code)
    {
        ArgumentException ex = await RejectedAsync(() => Client().GetItemAsync("i1", code: code));

        Assert.Equal("code", ex.ParamName);
        await Client().GetItemAsync("i1", code: "ab12");
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task A_pattern_ending_in_dollar_is_the_end_of_the_value_in_the_direct_path()
    {
        ArgumentException ex = await RejectedAsync(() => Client().GetItemAsync("i1", simple: "ID12\n"));

        Assert.Equal("simple", ex.ParamName);
        await Client().GetItemAsync("i1", simple: "ID12");
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task A_pattern_that_backtracks_past_its_timeout_is_an_ArgumentException()
    {
        // ^(a+)+$ on "aaaa…!" backtracks exponentially; the generated Regex has a one-second timeout.
        ArgumentException ex = await RejectedAsync(() => Client().GetItemAsync("i1", slow: new string('a', 40) + "!"));

        Assert.Equal("slow", ex.ParamName);
        Assert.IsType<System.Text.RegularExpressions.RegexMatchTimeoutException>(ex.InnerException);
    }

    [Theory]
    [InlineData("[::1]")]
    [InlineData("evil.example.net:80")]
    [InlineData("user@evil.example.net")]
    [InlineData("evil.example.net/")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("..")]
    [InlineData("a b")]
    [InlineData("%2F")]
    public void Server_variables_hold_only_what_a_host_label_or_port_allows(string space)
    {
        var ex = Assert.Throws<ArgumentException>(() => Client(o => o.Space = space));

        Assert.Equal("Space", ex.ParamName);
    }

    [Fact]
    public void Server_variables_with_host_text_are_used()
    {
        SafetyClient client = Client(o =>
        {
            o.Space = "my-space.eu_1";
            o.Port = "8443";
        });

        Assert.Equal("https://my-space.eu_1.example.com:8443/api/x", client.Endpoint.AbsoluteUri.TrimEnd('/'));
    }
}
