using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class JsonContentFactoryTests
{
    private sealed record Payload(int Id, string Name);

    private static void WritePayload(Utf8JsonWriter writer, Payload value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", value.Id);
        writer.WriteString("name", value.Name);
        writer.WriteEndObject();
    }

    [Fact]
    public async Task Content_has_the_written_bytes_and_exact_content_type()
    {
        using var content = JsonContentFactory.Create(new Payload(7, "x"), WritePayload);

        byte[] bytes = await content.ReadAsByteArrayAsync();
        Assert.Equal("{\"id\":7,\"name\":\"x\"}", Encoding.UTF8.GetString(bytes));
        Assert.Equal("application/json", Assert.Single(content.Headers.GetValues("Content-Type")));
        Assert.Equal("application/json", content.Headers.ContentType!.ToString());
        Assert.Null(content.Headers.ContentType.CharSet);
        Assert.Equal(bytes.Length, content.Headers.ContentLength);
    }

    [Fact]
    public void Output_is_compact_and_uses_the_default_encoder()
    {
        byte[] bytes = JsonContentFactory.Serialize("é<&>'+\"", static (w, v) => w.WriteStringValue(v));

        Assert.Equal("\"\\u00E9\\u003C\\u0026\\u003E\\u0027\\u002B\\u0022\"", Encoding.UTF8.GetString(bytes));
        Assert.Equal("é<&>'+\"", JsonSerializer.Deserialize<string>(bytes));
    }

    [Fact]
    public void Consecutive_calls_do_not_leak_previous_output()
    {
        byte[] large = JsonContentFactory.Serialize(new Payload(1, new string('a', 1000)), WritePayload);
        byte[] small = JsonContentFactory.Serialize(new Payload(2, "b"), WritePayload);

        Assert.Equal(1000 + 18, large.Length);
        Assert.Equal("{\"id\":2,\"name\":\"b\"}", Encoding.UTF8.GetString(small));
    }

    [Fact]
    public void Large_payload_is_written_fully_and_not_retained()
    {
        string name = new('z', JsonContentFactory.MaxRetainedCapacity * 2);

        byte[] bytes = JsonContentFactory.Serialize(new Payload(3, name), WritePayload);
        byte[] next = JsonContentFactory.Serialize(new Payload(4, "c"), WritePayload);

        Assert.Equal(name.Length + 18, bytes.Length);
        Assert.Equal("{\"id\":4,\"name\":\"c\"}", Encoding.UTF8.GetString(next));
    }

    [Fact]
    public void Writer_is_cached_per_thread()
    {
        JsonContentFactory.Serialize(1, static (w, v) => w.WriteNumberValue(v));

        Assert.True(JsonContentFactory.HasCachedWriter);
    }

    [Fact]
    public void Nested_calls_get_their_own_writer()
    {
        string? inner = null;

        byte[] outer = JsonContentFactory.Serialize(5, (w, v) =>
        {
            w.WriteStartArray();
            w.WriteNumberValue(v);
            inner = Encoding.UTF8.GetString(JsonContentFactory.Serialize("in", static (w2, s) => w2.WriteStringValue(s)));
            w.WriteNumberValue(v + 1);
            w.WriteEndArray();
        });

        Assert.Equal("[5,6]", Encoding.UTF8.GetString(outer));
        Assert.Equal("\"in\"", inner);
    }

    [Fact]
    public void Writing_nothing_throws()
    {
        Assert.Throws<InvalidOperationException>(() => JsonContentFactory.Create(1, static (_, _) => { }));
    }

    [Fact]
    public void Incomplete_value_throws()
    {
        Assert.Throws<InvalidOperationException>(() => JsonContentFactory.Create(1, static (w, _) => w.WriteStartObject()));
    }

    [Fact]
    public void Invalid_structure_throws_and_the_next_call_works()
    {
        Assert.Throws<InvalidOperationException>(() => JsonContentFactory.Create(1, static (w, _) =>
        {
            w.WriteStartObject();
            w.WriteNumberValue(1); // a value without a property name
        }));

        byte[] bytes = JsonContentFactory.Serialize(new Payload(1, "ok"), WritePayload);
        Assert.Equal("{\"id\":1,\"name\":\"ok\"}", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Callback_exception_propagates_and_the_next_call_works()
    {
        Assert.Throws<FormatException>(() => JsonContentFactory.Create(1, static (w, _) =>
        {
            w.WriteStartObject();
            throw new FormatException("boom");
        }));

        Assert.Equal("[]", Encoding.UTF8.GetString(JsonContentFactory.Serialize(0, static (w, _) =>
        {
            w.WriteStartArray();
            w.WriteEndArray();
        })));
    }

    [Fact]
    public void Null_callback_throws()
    {
        Assert.Throws<ArgumentNullException>(() => JsonContentFactory.Create(1, null!));
    }

    [Fact]
    public void Allocations_are_only_the_result_after_warm_up()
    {
        var payload = new Payload(42, "recording");
        Action<Utf8JsonWriter, Payload> write = WritePayload;
        JsonContentFactory.Serialize(payload, write);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            JsonContentFactory.Serialize(payload, write);
        }

        long perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;

        // The 35-byte result array is 64 bytes with its header; nothing else is allocated.
        Assert.True(perCall <= 64, perCall.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Parallel_calls_on_many_threads_are_independent()
    {
        var tasks = Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            Encoding.UTF8.GetString(JsonContentFactory.Serialize(new Payload(i, "n" + i), WritePayload))));

        string[] results = await Task.WhenAll(tasks);

        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal("{\"id\":" + i + ",\"name\":\"n" + i + "\"}", results[i]);
        }
    }
}
