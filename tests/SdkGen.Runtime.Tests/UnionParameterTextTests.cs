using SdkGen.Runtime.Internal;
using Xunit;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// A union parameter's held alternative, as its generated <c>ToParameterText()</c> gives it (one item for a value, one
/// per item for a list, null for JSON that matched no alternative), placed in the path, the query and a header.
/// </summary>
public class UnionParameterTextTests
{
    private static readonly Uri Base = new("https://api.example.com/v1");

    [Fact]
    public void A_value_in_the_path_is_one_percent_encoded_segment()
    {
        var builder = new RequestUriBuilder(Base).AppendPath("/workflows/").AppendPathParameter(["a/b ?%é"], "workflowId").AppendPath("/runs");

        Assert.Equal("https://api.example.com/v1/workflows/a%2Fb%20%3F%25%C3%A9/runs", builder.ToUri().AbsoluteUri);
    }

    [Theory]
    [InlineData(null, "none of its alternatives")]
    [InlineData(new[] { "a", "b" }, "holds a list")]
    [InlineData(new string[0], "holds a list")]
    [InlineData(new[] { "" }, "cannot be empty")]
    [InlineData(new[] { ".." }, "relative path step")]
    [InlineData(new[] { "." }, "relative path step")]
    public void What_cannot_be_a_path_segment_is_refused_naming_the_parameter_and_nothing_is_appended(string[]? text, string reason)
    {
        var builder = new RequestUriBuilder(Base).AppendPath("/workflows/");

        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => builder.AppendPathParameter(text, "workflowId"));

        Assert.Equal("workflowId", error.ParamName);
        Assert.Contains(reason, error.Message);
        Assert.Equal("https://api.example.com/v1/workflows/", builder.ToString());
    }

    [Fact]
    public void A_null_item_in_the_path_is_refused_as_a_missing_value()
    {
        var builder = new RequestUriBuilder(Base);

        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => builder.AppendPathParameter(new string[] { null! }, "id"));

        Assert.Equal("id", error.ParamName);
    }

    [Fact]
    public void With_explode_a_list_repeats_the_field_and_a_null_item_is_an_empty_field()
    {
        var builder = new RequestUriBuilder(Base).AppendQuery("cwes", ["CWE-79", "a&b", null!, "é"], explode: true, "cwes").AppendQuery("n", "1");

        Assert.Equal("https://api.example.com/v1?cwes=CWE-79&cwes=a%26b&cwes=&cwes=%C3%A9&n=1", builder.ToUri().AbsoluteUri);
    }

    [Fact]
    public void Without_explode_a_list_is_one_field_of_items_each_encoded_then_joined_by_a_literal_comma()
    {
        var builder = new RequestUriBuilder(Base).AppendQuery("fields", ["a,b", "c d"], explode: false, "fields");

        Assert.Equal("https://api.example.com/v1?fields=a%2Cb,c%20d", builder.ToUri().AbsoluteUri);
    }

    [Fact]
    public void An_empty_list_sends_no_field_with_explode_and_an_empty_field_without()
    {
        var builder = new RequestUriBuilder(Base).AppendQuery("cwes", [], explode: true, "cwes").AppendQuery("fields", [], explode: false, "fields");

        Assert.Equal("https://api.example.com/v1?fields=", builder.ToUri().AbsoluteUri);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Json_in_the_query_is_refused_naming_the_parameter_and_nothing_is_appended(bool explode)
    {
        var builder = new RequestUriBuilder(Base);

        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => builder.AppendQuery("cwes", null, explode, "cwes"));

        Assert.Equal("cwes", error.ParamName);
        Assert.Equal("https://api.example.com/v1", builder.ToString());
    }

    [Fact]
    public void A_list_in_a_header_is_comma_separated()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Base);

        RequestHeaders.Add(request, "X-Ids", ["1", "2", "three"], "ids");

        Assert.Equal("1,2,three", string.Join("|", request.Headers.GetValues("X-Ids")));
    }

    [Theory]
    [InlineData("ok|a\r\nX-Injected: 1")]
    [InlineData("a\0")]
    [InlineData(null)]
    public void A_hostile_item_or_json_in_a_header_is_refused_and_nothing_is_added(string? items)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Base);
        string[]? text = items?.Split('|');

        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => RequestHeaders.Add(request, "X-Ids", text, "ids"));

        Assert.Equal("ids", error.ParamName);
        Assert.Empty(request.Headers);
    }
}
