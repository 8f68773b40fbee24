using System.Net;
using Consumer.Faithful.ItemRules;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Issue 13: the rules of a list's <c>items</c> are checked item by item before sending — on query and header
/// parameters, on model properties (lists of strings and of models, a map's values) and on a body that is itself a list
/// (nested too) or a map of models — in the same ArgumentException style, naming the item (<c>'ids[1]'</c>, a key escaped as echoed values
/// are); nothing reaches the handler.
/// </summary>
public sealed class ItemRuleBehaviourTests
{
    private readonly CapturingHandler _handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

    private ItemRulesClient Client => new(new HttpClient(_handler, disposeHandler: false), new ItemRulesClientOptions());

    public static TheoryData<string, Func<ItemRulesClient, Task>> Accepted => new()
    {
        { "ids and scores at their bounds", c => c.ListItemsAsync(["IT000", "IT999"], scores: [1, 5], xTags: ["abcde", ""]) },
        { "a batch of three", c => c.SendBatchAsync(["ab", "xyz", "qq"]) },
        { "an empty batch", c => c.SendBatchAsync([]) },
        { "a matrix of zeros", c => c.SendMatrixAsync([[0, 0.5], []]) },
        { "an order", c => c.CreateOrderAsync(new Order { Codes = ["6f1e2a3b-0000-4000-8000-000000000001"], Lines = [new Line(1), new Line(2)], BoundedLines = [new Line(3), new Line(4)] }) },
        { "two lines", c => c.ReplaceLinesAsync([new Line(1), new Line(9)]) },
        { "lines by name", c => c.ReplaceLinesByNameAsync(new Dictionary<string, Line> { ["a"] = new(1), ["b"] = new(9) }) },
        { "no lines by name", c => c.ReplaceLinesByNameAsync() },
        { "an empty map of lines", c => c.ReplaceLinesByNameAsync(new Dictionary<string, Line>()) },
        { "an extra property of 9", c => c.CreateOrderAsync(new Order { AdditionalProperties = { ["extra"] = 9 } }) },
        { "short labels", c => c.CreateOrderAsync(new Order { Labels = new Dictionary<string, string> { ["en"] = "abc", ["de"] = "" } }) },
    };

    public static TheoryData<string, Func<ItemRulesClient, Task>, string, string> Refused => new()
    {
        { "an id off the pattern", c => c.ListItemsAsync(["IT001", "XX002"]), "ids", "Value 'XX002' for 'ids[1]' does not match the pattern '^IT[0-9]{3}$'." },
        { "no ids", c => c.ListItemsAsync([]), "ids", "'ids' must have at least 1 item." },
        { "a score of 0", c => c.ListItemsAsync(["IT001"], scores: [3, 0]), "scores", "'scores[1]' must be at least 1." },
        { "a score of 6", c => c.ListItemsAsync(["IT001"], scores: [6]), "scores", "'scores[0]' must be at most 5." },
        { "a tag too long", c => c.ListItemsAsync(["IT001"], xTags: ["abcdef"]), "xTags", "'xTags[0]' must be at most 5 characters long." },
        { "a short batch item", c => c.SendBatchAsync(["ab", "c"]), "body", "'body[1]' must be at least 2 characters long." },
        { "a batch item off the pattern", c => c.SendBatchAsync(["AB"]), "body", "Value 'AB' for 'body[0]' does not match the pattern '^[a-z]+$'." },
        { "a batch of four", c => c.SendBatchAsync(["ab", "ab", "ab", "ab"]), "body", "'body' must have at most 3 items." },
        { "a negative cell", c => c.SendMatrixAsync([[1], [2, -0.5]]), "body", "'body[1][1]' must be at least 0." },
        { "a NaN cell, which no bound holds", c => c.SendMatrixAsync([[double.NaN]]), "body", "'body[0][0]' must be at least 0." },
        { "a code that is not a uuid", c => c.CreateOrderAsync(new Order { Codes = ["nope"] }), "body", "Value 'nope' for 'body.Codes[0]' is not a UUID" },
        { "a line of 0 in an order", c => c.CreateOrderAsync(new Order { Lines = [new Line(1), new Line(0)] }), "body", "'body.Lines[1].Qty' must be at least 1." },
        { "three lines", c => c.ReplaceLinesAsync([new Line(1), new Line(1), new Line(1)]), "body", "'body' must have at most 2 items." },
        { "a line of 0", c => c.ReplaceLinesAsync([new Line(0)]), "body", "'body[0].Qty' must be at least 1." },
        { "a line of 0 in a map body", c => c.ReplaceLinesByNameAsync(new Dictionary<string, Line> { ["a"] = new(1), ["b"] = new(0) }), "body", "'body['b'].Qty' must be at least 1." },
        { "a line of 0 under a hostile key", c => c.ReplaceLinesByNameAsync(new Dictionary<string, Line> { ["x\r\ny"] = new(-1) }), "body", "'body['x\\r\\ny'].Qty' must be at least 1." },
        { "a line of 0 in a list with maxItems", c => c.CreateOrderAsync(new Order { BoundedLines = [new Line(1), new Line(0)] }), "body", "'body.BoundedLines[1].Qty' must be at least 1." },
        { "three lines in a list with maxItems", c => c.CreateOrderAsync(new Order { BoundedLines = [new Line(1), new Line(1), new Line(1)] }), "body", "'body.BoundedLines' must have at most 2 items." },
        { "a line of 0 in a map", c => c.CreateOrderAsync(new Order { LinesByName = new Dictionary<string, Line> { ["a"] = new(1), ["b"] = new(0) } }), "body", "'body.LinesByName['b'].Qty' must be at least 1." },
        { "an extra property of 10", c => c.CreateOrderAsync(new Order { AdditionalProperties = { ["ok"] = 1, ["extra"] = 10 } }), "body", "'body['extra']' must be at most 9." },
        { "a long label", c => c.CreateOrderAsync(new Order { Labels = new Dictionary<string, string> { ["en"] = "abc", ["d\ne"] = "abcd" } }), "body", "'body.Labels['d\\ne']' must be at most 3 characters long." },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Items_that_keep_the_rules_are_sent(string _, Func<ItemRulesClient, Task> call)
    {
        await call(Client);

        Assert.Single(_handler.Requests);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_item_that_breaks_a_rule_is_refused_by_name_before_anything_is_sent(string _, Func<ItemRulesClient, Task> call, string parameter, string message)
    {
        ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(() => call(Client));

        Assert.Equal(parameter, ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_null_model_in_a_map_body_is_refused_by_its_key_before_anything_is_sent()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Client.ReplaceLinesByNameAsync(new Dictionary<string, Line> { ["a"] = new(1), ["gone"] = null! }));

        Assert.Equal("body", ex.ParamName);
        Assert.StartsWith("'body['gone']' is required", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task The_checked_items_go_out_as_given()
    {
        await Client.ListItemsAsync(["IT001", "IT002"], scores: [1, 2], xTags: ["a", "b"]);
        await Client.SendMatrixAsync([[0, 1.5]]);
        await Client.ReplaceLinesByNameAsync(new Dictionary<string, Line> { ["a"] = new(1) });

        Assert.Equal("https://api.example.com/items?ids=IT001&ids=IT002&scores=1,2", _handler.Requests[0].Uri);
        Assert.Equal("a,b", _handler.Requests[0].Header("X-Tags"));
        Assert.Equal("[[0,1.5]]", _handler.Requests[1].BodyText);
        Assert.Equal("""{"a":{"qty":1}}""", _handler.Requests[2].BodyText);
    }
}
