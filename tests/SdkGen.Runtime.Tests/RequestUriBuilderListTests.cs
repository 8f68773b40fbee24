using SdkGen.Runtime.Internal;
using Xunit;

namespace SdkGen.Runtime.Tests;

public class RequestUriBuilderListTests
{
    [Fact]
    public void A_list_keeps_the_separating_comma_literal_and_encodes_commas_inside_items()
    {
        var builder = new RequestUriBuilder(new Uri("https://api.example.com/v1/"));
        builder.AppendPath("notes").AppendQueryList("tag", ["a,b", "c d", null, "e"]).AppendQuery("limit", "5");

        Assert.Equal("https://api.example.com/v1/notes?tag=a%2Cb,c%20d,,e&limit=5", builder.ToUri().AbsoluteUri);
    }

    [Fact]
    public void A_null_list_is_skipped_and_an_empty_one_sends_an_empty_value()
    {
        var builder = new RequestUriBuilder(new Uri("https://api.example.com/"));
        builder.AppendPath("x").AppendQueryList("skipped", null).AppendQueryList("empty", []);

        Assert.Equal("https://api.example.com/x?empty=", builder.ToUri().AbsoluteUri);
    }
}
