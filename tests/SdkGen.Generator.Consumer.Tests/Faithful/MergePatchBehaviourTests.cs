using System.Net;
using Consumer.Faithful.MergePatch;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Issue 13, explicit null: an optional nullable property of a request model is left out until assigned, and sent
/// once assigned — <c>null</c> as <c>null</c>, which clears the field in a JSON Merge Patch (RFC 7396) — under the
/// body's declared media type. A property the schema does not let be null is never sent as null.
/// </summary>
public sealed class MergePatchBehaviourTests
{
    [Fact]
    public async Task Properties_never_assigned_are_left_out()
    {
        CapturedRequest sent = await PatchAsync(new ItemPatch(3));

        Assert.Equal("""{"version":3}""", sent.BodyText);
        Assert.Equal("application/merge-patch+json", sent.RawContentType);
        Assert.Equal("PATCH https://api.example.com/items/i-1", sent.Method + " " + sent.Uri);
    }

    [Fact]
    public async Task Properties_assigned_null_are_sent_as_null()
    {
        var patch = new ItemPatch(3) { Name = null, Count = null, Status = null, Tags = null, Label = null };

        CapturedRequest sent = await PatchAsync(patch);

        Assert.Equal("""{"version":3,"name":null,"count":null,"status":null,"tags":null}""", sent.BodyText);
    }

    [Fact]
    public async Task A_reference_made_nullable_the_3_0_way_is_tracked_like_the_others()
    {
        // owner: {nullable: true, allOf: [{$ref: Owner}]}: nullable although the reader drops a nullable without a type.
        CapturedRequest cleared = await PatchAsync(new ItemPatch(3) { Owner = null });
        CapturedRequest set = await PatchAsync(new ItemPatch(3) { Owner = new Owner { Login = "o-1" } });

        Assert.Equal("""{"version":3,"owner":null}""", cleared.BodyText);
        Assert.Equal("""{"version":3,"owner":{"login":"o-1"}}""", set.BodyText);
    }

    [Fact]
    public async Task Properties_assigned_a_value_are_sent_with_it_and_the_last_assignment_wins()
    {
        var patch = new ItemPatch(3) { Name = "first", Count = 0, Status = ItemPatchStatus.Closed, Tags = new List<string> { "a" }, Label = "l" };
        patch.Name = "kept";
        patch.Count = null;

        CapturedRequest sent = await PatchAsync(patch);

        Assert.Equal("""{"version":3,"name":"kept","count":null,"status":"closed","tags":["a"],"label":"l"}""", sent.BodyText);
    }

    [Fact]
    public async Task The_raw_enum_text_assigned_null_is_sent_as_null_too()
    {
        var patch = new ItemPatch(3) { StatusWireValue = null };

        CapturedRequest sent = await PatchAsync(patch);

        Assert.Equal("""{"version":3,"status":null}""", sent.BodyText);
    }

    [Fact]
    public async Task A_null_read_from_a_response_goes_back_as_null_and_an_absent_one_stays_absent()
    {
        CapturingHandler handler = new CapturingHandler().Respond(HttpStatusCode.OK, """{"version":4,"name":null,"count":7}""");
        MergePatchClient client = Client(handler);
        ItemPatch read = await client.PatchItemAsync("i-1", new ItemPatch(4));

        await client.PatchItemAsync("i-1", read);

        Assert.Equal("""{"version":4,"name":null,"count":7}""", handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task A_rule_still_binds_an_assigned_value_and_nothing_is_sent()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, """{"version":1}""");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client(handler).PatchItemAsync("i-1", new ItemPatch(1) { Name = "far too long a name" }));

        Assert.Contains("body.Name", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    private static async Task<CapturedRequest> PatchAsync(ItemPatch patch)
    {
        CapturingHandler handler = new CapturingHandler().Respond(HttpStatusCode.OK, """{"version":1}""");
        await Client(handler).PatchItemAsync("i-1", patch);
        return handler.Single;
    }

    private static MergePatchClient Client(CapturingHandler handler) =>
        new(new HttpClient(handler, disposeHandler: false), new MergePatchClientOptions());
}
