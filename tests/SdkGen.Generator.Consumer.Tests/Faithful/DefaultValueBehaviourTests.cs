using System.Net;
using Consumer.Faithful.Defaults;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Issue 13, <c>default</c>: a new request model starts with the API description's default for each optional property,
/// so it is sent unless the caller changes it or sets it to null; a model a PATCH sends starts empty (a value left out
/// keeps what the service stores); a model only read keeps what the service sent; a default the property refuses is
/// not preset (SDKGEN004).
/// </summary>
public sealed class DefaultValueBehaviourTests
{
    [Fact]
    public async Task A_new_model_sends_every_default_it_can_hold()
    {
        CapturedRequest sent = await CreateAsync(new NewOrder("pen"));

        Assert.Equal(
            """{"item":"pen","quantity":1,"total":9007199254740993,"discount":0.5,"price":19.99,"weight":150,"gift":false,"note":"say \u0022hi\u0022\n","priority":"normal","tags":["a","b"],"codes":[],"channel":"email","deliverBy":"2030-01-02T03:04:05.25+02:00","day":"2030-01-31","at":"09:30:00","within":"P1DT2H","ref":"0f8fad5b-d9cb-469f-a165-70867728950e"}""",
            sent.BodyText);
    }

    [Fact]
    public void Defaults_are_readable_before_anything_is_sent()
    {
        var order = new NewOrder("pen");

        Assert.Equal(1, order.Quantity);
        Assert.Equal(NewOrderPriority.Normal, order.Priority);
        Assert.Equal("normal", order.PriorityWireValue);
        Assert.Equal(["a", "b"], order.Tags);
        Assert.Equal(new DateTimeOffset(2030, 1, 2, 3, 4, 5, 250, TimeSpan.FromHours(2)), order.DeliverBy);
        Assert.Equal(TimeSpan.FromHours(26), order.Within);
        Assert.Null(order.Sent);
        Assert.Null(order.Size);
    }

    [Fact]
    public async Task A_default_set_to_null_is_left_out_and_a_changed_one_sent_as_changed()
    {
        var order = new NewOrder("pen") { Quantity = null, Total = null, Discount = null, Price = null, Weight = null, Gift = true, Note = null, Priority = null, Tags = null, Codes = [7], DeliverBy = null, Day = null, At = null, Within = null, Ref = null };

        CapturedRequest sent = await CreateAsync(order);

        Assert.Equal("""{"item":"pen","gift":true,"codes":[7],"channel":"email"}""", sent.BodyText);
    }

    [Fact]
    public async Task A_nullable_default_set_to_null_is_sent_as_null()
    {
        CapturedRequest sent = await CreateAsync(new NewOrder("pen") { Channel = null });

        Assert.Contains("\"channel\":null", sent.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_new_model_gets_its_own_list()
    {
        var first = new NewOrder("pen");
        first.Tags!.Add("c");

        CapturedRequest sent = await CreateAsync(new NewOrder("ink"));

        Assert.Contains("\"tags\":[\"a\",\"b\"]", sent.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_sent_in_a_patch_starts_empty()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, "");

        await Client(handler).UpdateOrderAsync("o-1", new OrderChange());

        Assert.Equal("{}", handler.Single.BodyText);
    }

    [Fact]
    public async Task A_form_model_sends_its_defaults_too()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, "");

        await Client(handler).SubscribeAsync(new Subscription("news"));

        Assert.Equal("topic=news&frequency=weekly&limit=10", handler.Single.BodyText);
    }

    [Fact]
    public async Task A_model_only_read_keeps_an_absent_property_absent()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.Created, """{"id":"o-1"}""");

        Order order = await Client(handler).CreateOrderAsync(new NewOrder("pen"));

        Assert.Null(order.State);
    }

    [Fact]
    public async Task A_model_both_sent_and_read_reads_a_missing_value_as_its_default_and_a_sent_one_as_sent()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, """{"item":"pen","quantity":3,"gift":true}""");

        NewOrder draft = await Client(handler).GetDraftOrderAsync();

        // default: what is assumed when the value is absent.
        Assert.Equal((3, true), (draft.Quantity, draft.Gift));
        Assert.Equal(("normal", "say \"hi\"\n", 0.5), (draft.PriorityWireValue, draft.Note, draft.Discount));
    }

    [Fact]
    public async Task A_preset_still_meets_the_rules_and_a_changed_value_is_still_checked()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.Created, """{"id":"o-1"}""");

        await Assert.ThrowsAsync<ArgumentException>(() => Client(handler).CreateOrderAsync(new NewOrder("pen") { Quantity = 101 }));

        Assert.Empty(handler.Requests);
    }

    private static async Task<CapturedRequest> CreateAsync(NewOrder order)
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.Created, """{"id":"o-1"}""");
        await Client(handler).CreateOrderAsync(order);
        return handler.Single;
    }

    private static DefaultsClient Client(CapturingHandler handler) =>
        new(new HttpClient(handler, disposeHandler: false), new DefaultsClientOptions());
}
