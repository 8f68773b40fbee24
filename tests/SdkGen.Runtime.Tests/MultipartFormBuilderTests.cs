using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// The multipart body as bytes: the BCL frames it, this builder writes each part's disposition and media type. (The
/// showcase reads such bodies back with ASP.NET Core's multipart reader over loopback.)
/// </summary>
public class MultipartFormBuilderTests
{
    [Fact]
    public async Task Parts_carry_their_disposition_and_media_type_and_null_values_are_left_out()
    {
        var builder = new MultipartFormBuilder();
        builder.AddText("title", "Ünïcode ✓");
        builder.AddText("skipped", null);
        builder.AddText("notes", "# hi", "text/markdown");
        builder.AddFile("file", new FilePart([1, 2, 3], "a.png", "image/png"), "application/octet-stream");
        builder.AddFile("none", null, "application/octet-stream");
        builder.AddJson("meta", new Dictionary<string, int> { ["a"] = 1 }, (writer, value) =>
        {
            writer.WriteStartObject();
            foreach (var pair in value)
            {
                writer.WriteNumber(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
        });
        builder.AddJson("raw", JsonDocument.Parse("[1,\"x\"]").RootElement, "application/vnd.x+json");
        builder.AddJson("absent", (JsonElement?)null);

        string body = await Text(builder);

        Assert.Equal(5, builder.Count);
        Assert.Contains("Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nÜnïcode ✓\r\n", body);
        Assert.Contains("Content-Type: text/markdown\r\nContent-Disposition: form-data; name=\"notes\"\r\n\r\n# hi\r\n", body);
        Assert.Contains("Content-Type: image/png\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n\u0001\u0002\u0003\r\n", body);
        Assert.Contains("Content-Type: application/json\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n{\"a\":1}\r\n", body);
        Assert.Contains("Content-Type: application/vnd.x+json\r\nContent-Disposition: form-data; name=\"raw\"\r\n\r\n[1,\"x\"]\r\n", body);
        Assert.DoesNotContain("skipped", body);
        Assert.DoesNotContain("none", body);
        Assert.DoesNotContain("absent", body);
    }

    [Fact]
    public async Task Another_subtype_frames_the_same_named_parts_under_its_own_media_type()
    {
        var builder = new MultipartFormBuilder("mixed");
        builder.AddText("note", "hi");
        builder.AddFile("payload", new FilePart([7], "p.pdf"), "application/pdf");

        HttpContent content = builder.ToContent();
        string body = await content.ReadAsStringAsync();

        Assert.Equal("multipart/mixed", content.Headers.ContentType!.MediaType);
        string boundary = content.Headers.ContentType.Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        Assert.StartsWith("--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n", body, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/pdf\r\nContent-Disposition: form-data; name=\"payload\"; filename=\"p.pdf\"\r\n\r\n\u0007\r\n--" + boundary + "--", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("mixed; x=1")]
    [InlineData("mi xed")]
    public void A_subtype_that_is_not_a_token_is_refused(string subtype) =>
        Assert.ThrowsAny<ArgumentException>(() => new MultipartFormBuilder(subtype));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("quo\"te", "quo%22te")]
    [InlineData("line\r\nX-Injected: 1", "line%0D%0AX-Injected: 1")]
    [InlineData("nul\0tab\tdel\u007F", "nul%00tab%09del%7F")]
#if RUNTIME_NETSTANDARD
    // netstandard2.0 cannot write UTF-8 part headers: non-ASCII is percent-encoded rather than turned into '?'.
    [InlineData("résumé 日本 😀.txt", "r%C3%A9sum%C3%A9 %E6%97%A5%E6%9C%AC %F0%9F%98%80.txt")]
#else
    [InlineData("résumé 日本 😀.txt", "résumé 日本 😀.txt")]
#endif
    [InlineData("back\\slash; name=x", "back\\slash; name=x")]
    [InlineData("trailing backslash\\", "trailing backslash\\")]
    public async Task Names_and_file_names_cannot_leave_their_quoted_string(string hostile, string sent)
    {
        var builder = new MultipartFormBuilder();
        builder.AddFile(hostile, new FilePart(Array.Empty<byte>(), hostile), "application/octet-stream");

        string body = await Text(builder);

        Assert.Contains("Content-Disposition: form-data; name=\"" + sent + "\"; filename=\"" + sent + "\"\r\n\r\n\r\n", body);
        Assert.DoesNotContain("filename*", body, StringComparison.Ordinal);
        Assert.Equal(2, body.Split("\r\n").Count(line => line.StartsWith("Content-", StringComparison.Ordinal)));
        Assert.DoesNotContain("\r\nX-Injected", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_boundary_is_the_frameworks_and_appears_only_as_the_delimiter()
    {
        var builder = new MultipartFormBuilder();
        builder.AddText("a--", "--\r\n--");
        HttpContent content = builder.ToContent();

        string boundary = content.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        string body = await content.ReadAsStringAsync();

        Assert.Equal("multipart/form-data", content.Headers.ContentType.MediaType);
        Assert.True(Guid.TryParse(boundary, out _), boundary);
        Assert.Equal(2, body.Split("--" + boundary).Length - 1);
        Assert.EndsWith("--" + boundary + "--\r\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_part_refuses_a_wildcard_or_malformed_media_type_and_a_null_or_unreadable_stream()
    {
        Assert.Throws<ArgumentException>(() => new FilePart(new MemoryStream(), "a", "image/*"));
        Assert.Throws<ArgumentException>(() => new FilePart(new MemoryStream(), "a", "image/png\r\nX-Evil: 1"));
        Assert.Throws<ArgumentNullException>(() => new FilePart((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => new FilePart((byte[])null!));
        var closed = new MemoryStream();
        closed.Dispose();
        Assert.Throws<ArgumentException>(() => new FilePart(closed));
    }

    [Fact]
    public async Task A_file_is_read_from_its_position_and_its_stream_is_left_open()
    {
        var stream = new MemoryStream(Encoding.ASCII.GetBytes("skipHELLO"));
        stream.Position = 4;
        var builder = new MultipartFormBuilder();
        builder.AddFile("f", new FilePart(stream), "application/octet-stream");
        HttpContent content = builder.ToContent();

        string text = await content.ReadAsStringAsync();
        content.Dispose();

        Assert.Contains("\r\n\r\nHELLO\r\n", text);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), content.Headers.ContentLength);

        Assert.True(stream.CanRead);
        Assert.Equal(9, stream.Position);
    }

    [Fact]
    public async Task Sent_again_a_seekable_file_is_rewound_and_a_forward_only_one_is_refused_before_anything_is_sent()
    {
        var seekable = new FilePart(new MemoryStream([7, 8, 9]), "f");
        var forwardOnly = new FilePart(new ForwardOnlyStream([1, 2]), "g");
        foreach (FilePart part in new[] { seekable, forwardOnly })
        {
            var first = new MultipartFormBuilder();
            first.AddFile("f", part, "application/octet-stream");
            await first.ToContent().ReadAsByteArrayAsync();
        }

        var again = new MultipartFormBuilder();
        again.AddFile("f", seekable, "application/octet-stream");
        string resent = await Text(again);
        var refused = new MultipartFormBuilder();

        Assert.Contains("\r\n\r\n\u0007\u0008\u0009\r\n", resent);
        var error = Assert.Throws<InvalidOperationException>(() => refused.AddFile("g", forwardOnly, "application/octet-stream"));
        Assert.Contains("cannot seek back", error.Message);
        Assert.Equal(0, refused.Count);
    }

    private static async Task<string> Text(MultipartFormBuilder builder) => Encoding.UTF8.GetString(await builder.ToContent().ReadAsByteArrayAsync());

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
