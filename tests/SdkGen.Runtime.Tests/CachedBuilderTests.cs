using System.Text;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// RequestUriBuilder and FormUrlEncodedBuilder build in a per-thread cached StringBuilder, given back by ToUri and
/// ToContent: no two builders may ever share text, whatever the order of calls, the threads or the failures.
/// </summary>
public class CachedBuilderTests
{
    private static readonly Uri Base = new("https://voice.example.com/api");

    [Fact]
    public void The_fast_check_keeps_exactly_the_characters_the_rules_keep()
    {
        for (char c = '\0'; c < 0x250; c++)
        {
            string value = "a" + c + "b";
            var uri = new StringBuilder();
            PercentEncoding.AppendUnreserved(uri, value, strict: false);
            Assert.Equal(PercentEncoding.IsUnreserved(c), uri.ToString() == value);

            var form = new StringBuilder();
            PercentEncoding.AppendForm(form, value);
            Assert.Equal(PercentEncoding.IsFormSafe(c), form.ToString() == value);
        }
    }

    [Fact]
    public void Appending_after_ToUri_builds_on_the_text_so_far()
    {
        var builder = new RequestUriBuilder(Base).AppendPath("/calls/").AppendPathParameter("c1");
        Uri first = builder.ToUri();
        Uri second = builder.AppendPath("/recordings").AppendQuery("page", "2").ToUri();

        Assert.Equal("https://voice.example.com/api/calls/c1", first.AbsoluteUri);
        Assert.Equal("https://voice.example.com/api/calls/c1/recordings?page=2", second.AbsoluteUri);
        Assert.Equal(second.AbsoluteUri, builder.ToString());
    }

    [Fact]
    public async Task Adding_after_ToContent_builds_on_the_text_so_far()
    {
        var form = new FormUrlEncodedBuilder().Add("Status", "paused");
        HttpContent first = form.ToContent();
        form.Add("PauseBehavior", "skip");

        Assert.Equal("Status=paused", await first.ReadAsStringAsync());
        Assert.Equal("Status=paused&PauseBehavior=skip", form.ToString());
    }

    [Fact]
    public async Task The_text_after_ToContent_is_the_body_sent()
    {
        var form = new FormUrlEncodedBuilder().Add("Status", "paused").Add("Note", "a b/é");
        HttpContent content = form.ToContent();

        Assert.Equal("Status=paused&Note=a+b%2F%C3%A9", await content.ReadAsStringAsync());
        Assert.Equal("Status=paused&Note=a+b%2F%C3%A9", form.ToString());
        Assert.Equal("Status=paused&Note=a+b%2F%C3%A9&x=1", form.Add("x", "1").ToString());
    }

    [Fact]
    public void Bases_alternating_on_one_thread_each_give_their_own_text_and_a_bad_one_is_still_refused()
    {
        // The thread remembers the last base's text; another base, or another instance, must never get it.
        var other = new Uri("https://other.example.com/v2/");
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal("https://voice.example.com/api/x", new RequestUriBuilder(Base).AppendPath("/x").ToUri().AbsoluteUri);
            Assert.Equal("https://other.example.com/v2/x", new RequestUriBuilder(other).AppendPath("/x").ToUri().AbsoluteUri);
            Assert.Equal("https://third.example.com/x", new RequestUriBuilder(new Uri("https://third.example.com")).AppendPath("/x").ToUri().AbsoluteUri);
            Assert.Throws<ArgumentException>(() => new RequestUriBuilder(new Uri("https://voice.example.com/api?a=1")));
            Assert.Throws<ArgumentException>(() => new RequestUriBuilder(new Uri("/relative", UriKind.Relative)));
        }
    }

    [Fact]
    public void Builders_used_at_once_on_one_thread_keep_their_own_text()
    {
        var a = new RequestUriBuilder(Base).AppendPath("/a");
        var form = new FormUrlEncodedBuilder().Add("x", "1");
        var b = new RequestUriBuilder(Base).AppendPath("/b");
        Uri uriA = a.AppendPathParameter("1").ToUri();
        form.Add("y", "2");
        var c = new RequestUriBuilder(Base).AppendPath("/c");

        Assert.Equal("https://voice.example.com/api/a1", uriA.AbsoluteUri);
        Assert.Equal("https://voice.example.com/api/b2", b.AppendPathParameter("2").ToUri().AbsoluteUri);
        Assert.Equal("https://voice.example.com/api/c3", c.AppendPathParameter("3").ToUri().AbsoluteUri);
        Assert.Equal("x=1&y=2", form.ToString());
        Assert.Equal("https://voice.example.com/api/a1", a.ToString());
    }

    [Fact]
    public void A_builder_abandoned_by_an_exception_leaves_the_next_one_clean()
    {
        var failing = new RequestUriBuilder(Base).AppendPath("/calls/");
        Assert.Throws<ArgumentException>(() => failing.AppendPathParameter(".."));

        Assert.Equal("https://voice.example.com/api/x", new RequestUriBuilder(Base).AppendPath("/x").ToUri().AbsoluteUri);
        Assert.Equal("https://voice.example.com/api/calls/", failing.ToString());
    }

    [Fact]
    public async Task A_thousand_builders_at_once_across_threads_each_get_their_own_uri()
    {
        string[] built = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            var uri = new RequestUriBuilder(Base).AppendPath("/calls/").AppendPathParameter("c" + i);
            var form = new FormUrlEncodedBuilder().Add("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Task.Yield(); // resume on any thread, with the builders half built
            uri.AppendQuery("page", (i * 7).ToString(System.Globalization.CultureInfo.InvariantCulture));
            string text = uri.ToUri().AbsoluteUri + " " + await form.ToContent().ReadAsStringAsync();
            await Task.Yield();
            return text;
        }));

        for (int i = 0; i < built.Length; i++)
        {
            Assert.Equal($"https://voice.example.com/api/calls/c{i}?page={i * 7} n={i}", built[i]);
        }
    }

    [Theory]
    [InlineData("https://voice.example.com/api?")]
    [InlineData("https://voice.example.com/api#")]
    [InlineData("https://voice.example.com/api/?a=1#b")]
    public void A_base_with_an_empty_query_or_fragment_is_rejected(string baseUri)
    {
        Assert.Throws<ArgumentException>(() => new RequestUriBuilder(new Uri(baseUri)));
    }

    [Fact]
    public void A_base_with_an_escaped_question_mark_or_hash_in_its_path_is_accepted()
    {
        var uri = new RequestUriBuilder(new Uri("https://voice.example.com/a%3Fb%23c")).AppendPath("/x").ToUri();

        Assert.Equal("/a%3Fb%23c/x", uri.AbsolutePath);
    }
}
