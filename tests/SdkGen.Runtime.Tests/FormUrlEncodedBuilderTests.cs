using System.Text;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class FormUrlEncodedBuilderTests
{
    [Fact]
    public void Pairs_are_joined_with_ampersand()
    {
        var form = new FormUrlEncodedBuilder().Add("Status", "paused").Add("PauseBehavior", "skip");

        Assert.Equal("Status=paused&PauseBehavior=skip", form.ToString());
        Assert.Equal(2, form.Count);
    }

    [Theory]
    [InlineData("a b&c", "a+b%26c")]
    [InlineData("*-._", "*-._")]
    [InlineData("~", "%7E")]
    [InlineData("+1 (555) 010-0100", "%2B1+%28555%29+010-0100")]
    [InlineData("a=b;c/d?e#f%g", "a%3Db%3Bc%2Fd%3Fe%23f%25g")]
    [InlineData("é€😀", "%C3%A9%E2%82%AC%F0%9F%98%80")]
    [InlineData("line\r\nbreak", "line%0D%0Abreak")]
    [InlineData("", "")]
    [InlineData("https://example.com/cb?x=1", "https%3A%2F%2Fexample.com%2Fcb%3Fx%3D1")]
    public void Values_are_encoded_as_WHATWG_form(string value, string expected)
    {
        Assert.Equal("k=" + expected, new FormUrlEncodedBuilder().Add("k", value).ToString());
    }

    [Fact]
    public void Names_are_encoded_too()
    {
        Assert.Equal("a+b%5B%5D=1", new FormUrlEncodedBuilder().Add("a b[]", "1").ToString());
    }

    [Fact]
    public void Unpaired_surrogate_becomes_replacement_character()
    {
        Assert.Equal("k=a%EF%BF%BDb", new FormUrlEncodedBuilder().Add("k", "a\uD800b").ToString());
    }

    [Fact]
    public void Hex_is_uppercase()
    {
        Assert.Equal("k=%C3%BF", new FormUrlEncodedBuilder().Add("k", "ÿ").ToString());
    }

    [Fact]
    public void Null_value_is_skipped()
    {
        var form = new FormUrlEncodedBuilder().Add("a", null).Add("b", "1").Add("c", null);

        Assert.Equal("b=1", form.ToString());
        Assert.Equal(1, form.Count);
    }

    [Fact]
    public void AddRange_repeats_the_name()
    {
        var form = new FormUrlEncodedBuilder().Add("x", "0").AddRange("a", ["1", "2", "3 4"]);

        Assert.Equal("x=0&a=1&a=2&a=3+4", form.ToString());
        Assert.Equal(4, form.Count);
    }

    [Fact]
    public void AddRange_skips_null_collection_and_null_items()
    {
        var form = new FormUrlEncodedBuilder().AddRange("a", null).AddRange("b", new string[] { "1", null!, "2" });

        Assert.Equal("b=1&b=2", form.ToString());
    }

    [Fact]
    public void AddRange_with_empty_collection_adds_nothing()
    {
        var form = new FormUrlEncodedBuilder().AddRange("a", []);

        Assert.Equal("", form.ToString());
        Assert.Equal(0, form.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Name_is_required(string? name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new FormUrlEncodedBuilder().Add(name!, "1"));
        Assert.ThrowsAny<ArgumentException>(() => new FormUrlEncodedBuilder().AddRange(name!, ["1"]));
    }

    [Fact]
    public async Task ToContent_has_exact_content_type_and_bytes()
    {
        using var content = new FormUrlEncodedBuilder().Add("Status", "paused").Add("Note", "a b&c").ToContent();

        Assert.IsType<ByteArrayContent>(content, exactMatch: false);
        Assert.Equal("application/x-www-form-urlencoded", Assert.Single(content.Headers.GetValues("Content-Type")));
        Assert.Equal("application/x-www-form-urlencoded", content.Headers.ContentType!.ToString());
        Assert.Null(content.Headers.ContentType.CharSet);
        byte[] bytes = await content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.ASCII.GetBytes("Status=paused&Note=a+b%26c"), bytes);
        Assert.Equal(bytes.Length, content.Headers.ContentLength);
    }

    [Fact]
    public async Task Empty_form_gives_empty_content()
    {
        using var content = new FormUrlEncodedBuilder().ToContent();

        Assert.Empty(await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void Form_round_trips_through_a_standard_decoder()
    {
        string value = "a b+c&d=é€😀%";

        string encoded = new FormUrlEncodedBuilder().Add("k", value).ToString();

        string decoded = Uri.UnescapeDataString(encoded.Substring(2).Replace('+', ' '));
        Assert.Equal(value, decoded);
    }
}
