using System.Net;
using System.Text.Json;
using Consumer.Faithful.Unions;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Issue 13: a union's alternative is checked against its own branch's rules before sending — a string's length and
/// pattern, an integer's bounds, a number's exclusive bounds and <c>multipleOf</c>, a list's counts, uniqueness and item
/// rules, the models in a list or map, an enum's members — in the ArgumentException style properties use, with nothing
/// reaching the handler. <c>Ruled</c> in unions.yaml holds one alternative of each.
/// </summary>
public sealed class UnionRuleBehaviourTests
{
    private readonly CapturingHandler _handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

    private UnionsClient Client => new(new HttpClient(_handler, disposeHandler: false), new UnionsClientOptions());

    public static TheoryData<string, Ruled, string> Accepted => new()
    {
        { "the shortest string", "ab", "\"ab\"" },
        { "the longest string", "a123456789", "\"a123456789\"" },
        { "nine surrogate pairs after the a: ten characters, as JSON Schema counts them (code points)", "a" + string.Concat(Enumerable.Repeat("\U0001F600", 9)), "\"a" + string.Concat(Enumerable.Repeat("\\uD83D\\uDE00", 9)) + "\"" },
        { "the lowest integer", 1L, "1" },
        { "the highest integer", 5L, "5" },
        { "the lowest multiple above 0", 0.25d, "0.25" },
        { "the highest multiple below 1", 0.75d, "0.75" },
        { "one short item", new List<string> { "" }, "[\"\"]" },
        { "three items of three", new List<string> { "abc", "def", "ghi" }, "[\"abc\",\"def\",\"ghi\"]" },
        { "an enum member", RuledOption1.Large, "\"large\"" },
        { "a date-time (no rules)", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), "\"2024-01-02T03:04:05+00:00\"" },
        { "valid labels in a list", new List<Label> { new("t") }, "[{\"text\":\"t\"}]" },
        { "no labels", new List<Label>(), "[]" },
        { "valid labels in a map", new Dictionary<string, Label> { ["k"] = new("t") }, "{\"k\":{\"text\":\"t\"}}" },
    };

    public static TheoryData<string, Ruled, string> Refused => new()
    {
        { "an empty string", "", "'body' must be at least 2 characters long." },
        { "a string one short", "a", "'body' must be at least 2 characters long." },
        { "a string one long", "a1234567890", "'body' must be at most 10 characters long." },
        { "a string off the pattern", "ba", "Value 'ba' for 'body' does not match the pattern '^a'." },
        { "a line break before the text", "\nab", "Value '\\nab' for 'body' does not match the pattern '^a'." },
        { "ten surrogate pairs after the a: eleven characters", "a" + string.Concat(Enumerable.Repeat("\U0001F600", 10)), "'body' must be at most 10 characters long." },
        { "one surrogate pair: one character, though two UTF-16 units", "\U0001F600", "'body' must be at least 2 characters long." },
        { "an integer one below", 0L, "'body' must be at least 1." },
        { "an integer one above", 6L, "'body' must be at most 5." },
        { "the lowest long", long.MinValue, "'body' must be at least 1." },
        { "the highest long", long.MaxValue, "'body' must be at most 5." },
        { "the exclusive minimum", 0d, "'body' must be greater than 0." },
        { "minus zero", -0d, "'body' must be greater than 0." },
        { "the exclusive maximum", 1d, "'body' must be less than 1." },
        { "a number between multiples", 0.3d, "'body' must be a multiple of 0.25." },
        { "the smallest double above 0", double.Epsilon, "'body' must be a multiple of 0.25." },
        { "NaN, which no bound holds", double.NaN, "'body' must be greater than 0." },
        { "positive infinity", double.PositiveInfinity, "'body' must be less than 1." },
        { "negative infinity", double.NegativeInfinity, "'body' must be greater than 0." },
        { "no items", new List<string>(), "'body' must have at least 1 item." },
        { "four items", new List<string> { "a", "b", "c", "d" }, "'body' must have at most 3 items." },
        { "two equal items", new List<string> { "a", "a" }, "'body' must not hold the same item twice." },
        { "an item one long", new List<string> { "abc", "abcd" }, "'body[1]' must be at most 3 characters long." },
        { "an invalid label in a list", new List<Label> { new("t"), new("") }, "'body[1].Text' must be at least 1 character long." },
        { "an invalid label under a hostile key", new Dictionary<string, Label> { ["x\r\ny"] = new("") }, "'body['x\\r\\ny'].Text' must be at least 1 character long." },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task An_alternative_that_keeps_its_branch_s_rules_is_sent_as_is(string _, Ruled value, string expected)
    {
        await Client.SendRuledAsync(value);

        Assert.Equal(expected, _handler.Single.BodyText);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_alternative_that_breaks_its_branch_s_rule_is_refused_by_name_before_anything_is_sent(string _, Ruled value, string message)
    {
        ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.SendRuledAsync(value));

        Assert.Equal("body", ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_null_item_is_left_to_the_serializer_and_an_enum_value_without_wire_text_is_refused_before_sending()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Client.SendRuledAsync(RuledOption1.Unknown));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Client.SendRuledAsync((RuledOption1)42));

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task The_same_rules_apply_under_a_property_path_and_one_alternative_s_rules_never_bind_another()
    {
        // "b" would break the string alternative's pattern; as an item of the list alternative only maxLength 3 binds.
        await Client.SendRuledAsync(new List<string> { "b" });
        // 7 would break the integer alternative's maximum; the number alternative has its own bounds, which 7 breaks too.
        ArgumentException number = await Assert.ThrowsAsync<ArgumentException>(() => Client.SendRuledAsync(7d));
        ArgumentException nested = await Assert.ThrowsAsync<ArgumentException>(() => Client.PutThingAsync(new Thing { Label = new List<Label> { new("") } }));

        Assert.StartsWith("'body' must be less than 1.", number.Message, StringComparison.Ordinal);
        Assert.StartsWith("'body.Label[0].Text' must be at least 1", nested.Message, StringComparison.Ordinal);
        Assert.Single(_handler.Requests);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public async Task A_number_json_cannot_hold_is_refused_before_sending_even_where_no_rule_applies(double number)
    {
        // ThingFlag's number alternative has no rules: the JSON writer refuses the value while the body is built.
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Client.PutThingAsync(new Thing { Flag = number }));

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Json_of_an_alternative_s_shape_given_by_the_caller_is_sent_as_given_as_a_json_property_is()
    {
        await Client.SendRuledAsync(new Ruled(JsonDocument.Parse("\"zzz\"").RootElement));

        Assert.Equal("\"zzz\"", _handler.Single.BodyText);
    }
}
