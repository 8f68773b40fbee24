using System.Net;
using Consumer.Faithful.Subtypes;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// allOf with one parent and no discriminator (issue 13; issue 12, never silently wrong): C# lets a caller pass an
/// <see cref="Owner"/> wherever the description declares <see cref="Named"/>, so the request carries everything the
/// caller set (JSON Schema allows Named the extra properties) and is checked by the Owner's own rules before anything
/// is sent — as the body, a property, a list item and a map value, and for a subtype of a subtype. A form body, whose
/// fields are the base's, refuses a subtype. Reads stay as declared.
/// </summary>
public sealed class SubtypeBehaviourTests
{
    private static Owner NewOwner() => new("Ann", since: 2001, email: "ann@example.com") { Pets = ["Rex"] };

    private static CoOwner NewCoOwner() => new("Bob", since: 2010, email: "bob@example.com", share: 0.5);

    private const string OwnerJson = "{\"name\":\"Ann\",\"since\":2001,\"email\":\"ann@example.com\",\"pets\":[\"Rex\"]}";

    private const string CoOwnerJson = "{\"name\":\"Bob\",\"since\":2010,\"email\":\"bob@example.com\",\"share\":0.5}";

    [Fact]
    public async Task A_subtype_and_a_subtype_of_it_sent_as_the_base_body_are_written_whole()
    {
        var (client, handler) = Create("{\"name\":\"Ann\"}");

        await client.AddNameAsync(NewOwner());
        await client.AddNameAsync(NewCoOwner());
        await client.AddNameAsync(new Named("Cy"));

        Assert.Equal([OwnerJson, CoOwnerJson, "{\"name\":\"Cy\"}"], handler.Requests.Select(r => r.BodyText));
    }

    [Fact]
    public async Task Subtypes_as_a_property_list_items_and_map_values_are_written_whole()
    {
        var (client, handler) = Create("{}");
        var holder = new Holder
        {
            Named = NewCoOwner(),
            List = [new Named("Cy"), NewOwner(), NewCoOwner()],
            ByKey = new Dictionary<string, Named> { ["a"] = NewOwner(), ["b"] = new Named("Di") },
        };

        await client.AddHolderAsync(holder);
        await client.AddNamesAsync([NewOwner(), new Named("Cy")]);

        Assert.Equal(
            "{\"named\":" + CoOwnerJson + ",\"list\":[{\"name\":\"Cy\"}," + OwnerJson + "," + CoOwnerJson + "],\"byKey\":{\"a\":" + OwnerJson + ",\"b\":{\"name\":\"Di\"}}}",
            handler.Requests[0].BodyText);
        Assert.Equal("[" + OwnerJson + ",{\"name\":\"Cy\"}]", handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task A_subtype_s_property_assigned_null_is_sent_as_null_where_the_base_is_declared()
    {
        var (client, handler) = Create("{}");
        Owner owner = NewOwner();
        owner.Nickname = null;

        await client.AddHolderAsync(new Holder { Named = owner });

        Assert.Equal("{\"named\":" + OwnerJson[..^1] + ",\"nickname\":null}}", handler.Single.BodyText);
    }

    [Fact]
    public async Task A_caller_s_own_subclass_is_written_as_the_nearest_generated_type_not_cut_to_the_base()
    {
        var (client, handler) = Create("{\"name\":\"Ann\"}");

        await client.AddNameAsync(new LocalOwner { Pets = ["Rex"] });

        Assert.Equal(OwnerJson, handler.Single.BodyText);
    }

    public static TheoryData<string, Func<SubtypesClient, Task>> Invalid => new()
    {
        { "body.Email", c => c.AddNameAsync(new Owner("Ann", since: 2001, email: "x") { Email = null! }) },
        { "body.Since", c => c.AddNameAsync(new Owner("Ann", since: 1800, email: "x")) },
        { "body.Share", c => c.AddNameAsync(new CoOwner("Bob", since: 2010, email: "x", share: 2)) },
        { "body.Named.Email", c => c.AddHolderAsync(new Holder { Named = new CoOwner("Bob", 2010, "x", 0.5) { Email = null! } }) },
        { "body.List[1].Since", c => c.AddHolderAsync(new Holder { List = [new Named("Cy"), new Owner("Ann", since: 1, email: "x")] }) },
        { "body.ByKey['a'].Share", c => c.AddHolderAsync(new Holder { ByKey = new Dictionary<string, Named> { ["a"] = new CoOwner("Bob", 2010, "x", 1.5) } }) },
        { "body[0].Email", c => c.AddNamesAsync([new Owner("Ann", since: 2001, email: "x") { Email = null! }]) },
        { "body.Name", c => c.AddNameAsync(new CoOwner("", since: 2010, email: "x", share: 0.5)) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task A_subtype_sent_as_the_base_is_checked_by_its_own_rules_and_nothing_is_sent(string expectedName, Func<SubtypesClient, Task> send)
    {
        var (client, handler) = Create("{}");

        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => send(client));

        Assert.Equal("body", error.ParamName);
        Assert.Contains(expectedName, error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_form_body_whose_fields_are_the_base_s_refuses_a_subtype_instead_of_cutting_it()
    {
        var (client, handler) = Create("{}");

        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.AddNameFormAsync(NewCoOwner()));
        await client.AddNameFormAsync(new Named("Cy"));

        Assert.Equal("body", error.ParamName);
        Assert.StartsWith("CoOwner", error.Message, StringComparison.Ordinal);
        Assert.Equal("name=Cy", handler.Single.BodyText);
    }

    [Fact]
    public async Task Reads_stay_lenient_and_as_declared_a_base_answer_with_a_subtype_s_properties_is_the_base()
    {
        var (client, handler) = Create("{\"name\":\"Ann\",\"since\":\"long ago\",\"share\":7}");

        Named named = await client.AddNameAsync(NewOwner());
        CoOwner coOwner = await client.GetCoOwnerAsync("b");

        Assert.IsType<Named>(named);
        Assert.Equal("Ann", named.Name);
        Assert.Equal(7, coOwner.Share);
        Assert.Equal("CoOwner.since: unexpected JSON \"long ago\"|CoOwner.email: required but missing", string.Join("|", SdkGen.Runtime.ResponseDepartures.Of(coOwner)));
        Assert.Equal(2, handler.Requests.Count);
    }

    private sealed class LocalOwner() : Owner("Ann", since: 2001, email: "ann@example.com")
    {
        // Not in the description: not sent.
        public string Secret { get; set; } = "kept here";
    }

    private static (SubtypesClient Client, CapturingHandler Handler) Create(string response)
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, response);
        return (new SubtypesClient(new HttpClient(handler, disposeHandler: false), new SubtypesClientOptions()), handler);
    }
}
