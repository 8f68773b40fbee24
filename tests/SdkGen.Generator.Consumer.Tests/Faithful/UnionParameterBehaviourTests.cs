using System.Net;
using System.Text.Json;
using Consumer.Faithful.UnionParameters;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Unions of scalars, and of a string and a list of strings, sent as parameters (issue 12; GitHub's workflow_id, cwes,
/// fields, has): the held alternative goes out as a parameter of its type would, in the path percent-encoded with
/// <c>.</c>/<c>..</c> refused, in the query by its style and explode, in a header comma-separated and checked for control
/// characters. JSON that matched no alternative is refused before anything is sent.
/// </summary>
public sealed class UnionParameterBehaviourTests
{
    private const string Runs = "https://api.example.com/workflows/";

    [Fact]
    public async Task An_integer_workflow_id_is_its_digits_in_the_path()
    {
        var (client, handler) = Create();

        await client.ListWorkflowRunsAsync(42);
        await client.ListWorkflowRunsAsync(long.MinValue);

        Assert.Equal(Runs + "42/runs", handler.Requests[0].Uri);
        Assert.Equal(Runs + "-9223372036854775808/runs", handler.Requests[1].Uri);
        Assert.Equal("GET", handler.Requests[0].Method);
    }

    [Theory]
    [InlineData("ci.yml", "ci.yml")]
    [InlineData("a/b?c=d#e", "a%2Fb%3Fc%3Dd%23e")]
    [InlineData("100% done", "100%25%20done")]
    [InlineData("%2E%2E", "%252E%252E")]
    [InlineData("déploiement-✓", "d%C3%A9ploiement-%E2%9C%93")]
    [InlineData("...", "...")]
    public async Task A_string_workflow_id_is_one_percent_encoded_path_segment(string id, string expected)
    {
        var (client, handler) = Create();

        await client.ListWorkflowRunsAsync(id);

        Assert.Equal(Runs + expected + "/runs", handler.Single.Uri);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    public async Task A_dot_segment_or_empty_workflow_id_is_refused_before_sending(string id)
    {
        var (client, handler) = Create();

        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.ListWorkflowRunsAsync(id));

        Assert.Equal("workflowId", error.ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_parameter_shared_through_components_is_one_type_for_every_operation()
    {
        var (client, handler) = Create();
        WorkflowIdParameter id = "ci.yml";

        await client.ListWorkflowRunsAsync(id);
        await client.GetWorkflowAsync(id);

        Assert.Equal(Runs + "ci.yml/runs", handler.Requests[0].Uri);
        Assert.Equal(Runs + "ci.yml", handler.Requests[1].Uri);
    }

    [Fact]
    public async Task A_null_workflow_id_is_refused_before_sending()
    {
        var (client, handler) = Create();

        ArgumentNullException error = await Assert.ThrowsAsync<ArgumentNullException>(() => client.ListWorkflowRunsAsync(null!));

        Assert.Equal("workflowId", error.ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_list_beyond_its_alternatives_maxItems_is_refused_before_sending()
    {
        var (client, handler) = Create();
        var eleven = Enumerable.Range(0, 11).Select(i => "CWE-" + i).ToList();

        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.ListWorkflowRunsAsync(1, cwes: eleven));
        await client.ListWorkflowRunsAsync(1, cwes: eleven.Take(10).ToList());

        Assert.Equal("cwes", error.ParamName);
        Assert.Single(handler.Requests);
        Assert.Equal(10, handler.Single.Uri.Split("cwes=").Length - 1);
    }

    [Fact]
    public async Task A_list_with_explode_repeats_the_field_and_a_value_is_one_field()
    {
        var (client, handler) = Create();

        await client.ListWorkflowRunsAsync(1, cwes: new List<string> { "CWE-79", "CWE 89", "a&b=c" });
        await client.ListWorkflowRunsAsync(1, cwes: "CWE-79,CWE-89");

        Assert.Equal(Runs + "1/runs?cwes=CWE-79&cwes=CWE%2089&cwes=a%26b%3Dc", handler.Requests[0].Uri);
        Assert.Equal(Runs + "1/runs?cwes=CWE-79%2CCWE-89", handler.Requests[1].Uri);
    }

    [Fact]
    public async Task A_list_without_explode_is_one_field_of_items_each_encoded_and_joined_by_a_literal_comma()
    {
        var (client, handler) = Create();

        await client.ListWorkflowRunsAsync(1, fields: new List<string> { "title", "a,b", "é" });
        await client.ListWorkflowRunsAsync(1, fields: "title");

        Assert.Equal(Runs + "1/runs?fields=title,a%2Cb,%C3%A9", handler.Requests[0].Uri);
        Assert.Equal(Runs + "1/runs?fields=title", handler.Requests[1].Uri);
    }

    [Fact]
    public async Task An_empty_list_sends_no_field_with_explode_and_one_empty_field_without()
    {
        var (client, handler) = Create();

        await client.ListWorkflowRunsAsync(1, cwes: new List<string>(), fields: new List<string>());

        Assert.Equal(Runs + "1/runs?fields=", handler.Single.Uri);
    }

    [Fact]
    public async Task A_list_of_enum_values_sends_their_wire_text()
    {
        var (client, handler) = Create();

        await client.ListWorkflowRunsAsync(1, has: new List<ListWorkflowRunsHasOption2Item> { ListWorkflowRunsHasOption2Item.Patch, ListWorkflowRunsHasOption2Item.Deployment });

        Assert.Equal(Runs + "1/runs?has=patch&has=deployment", handler.Single.Uri);
    }

    [Fact]
    public async Task A_header_union_is_sent_as_its_value()
    {
        var (client, handler) = Create();

        await client.ListWorkflowRunsAsync(1, xTrace: 7);
        await client.ListWorkflowRunsAsync(1, xTrace: "trace id;v=1");

        Assert.Equal("7", handler.Requests[0].Header("X-Trace"));
        Assert.Equal("trace id;v=1", handler.Requests[1].Header("X-Trace"));
        Assert.Null((await Send(c => c.ListWorkflowRunsAsync(1))).Header("X-Trace"));
    }

    [Theory]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("a\nb")]
    [InlineData("a\0b")]
    [InlineData("a\u007Fb")]
    public async Task A_hostile_header_value_is_refused_before_sending(string value)
    {
        var (client, handler) = Create();

        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.ListWorkflowRunsAsync(1, xTrace: value));

        Assert.Equal("xTrace", error.ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Json_matching_no_alternative_is_refused_before_sending_wherever_the_union_goes()
    {
        var (client, handler) = Create();
        JsonElement json = JsonDocument.Parse("{\"id\":1}").RootElement;

        ArgumentException path = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.ListWorkflowRunsAsync(new WorkflowIdParameter(json)));
        ArgumentException query = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.ListWorkflowRunsAsync(1, cwes: new ListWorkflowRunsCwes(json)));
        ArgumentException joined = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.ListWorkflowRunsAsync(1, fields: new ListWorkflowRunsFields(json)));
        ArgumentException header = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.ListWorkflowRunsAsync(1, xTrace: new ListWorkflowRunsXTrace(json)));

        Assert.Equal(new[] { "workflowId", "cwes", "fields", "xTrace" }, new[] { path.ParamName!, query.ParamName!, joined.ParamName!, header.ParamName! });
        Assert.All(new[] { path, query, joined, header }, e => Assert.Contains("none of its alternatives", e.Message));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Every_parameter_at_once_keeps_the_path_then_the_query_in_declared_order()
    {
        CapturedRequest sent = await Send(c => c.ListWorkflowRunsAsync("deploy.yml", cwes: "CWE-1", fields: new List<string> { "x", "y" }, has: "patch", xTrace: 1));

        Assert.Equal(Runs + "deploy.yml/runs?cwes=CWE-1&fields=x,y&has=patch", sent.Uri);
        Assert.Equal("1", sent.Header("X-Trace"));
    }

    private static async Task<CapturedRequest> Send(Func<UnionParametersClient, Task> call)
    {
        var (client, handler) = Create();
        await call(client);
        return handler.Single;
    }

    private static (UnionParametersClient Client, CapturingHandler Handler) Create()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        return (new UnionParametersClient(new HttpClient(handler, disposeHandler: false), new UnionParametersClientOptions()), handler);
    }
}
