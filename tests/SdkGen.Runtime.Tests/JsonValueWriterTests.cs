using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class JsonValueWriterTests
{
    [Fact]
    public void WriteElement_writes_the_element_as_is()
    {
        using var document = JsonDocument.Parse("{\"a\": [1, \"x\", null, {\"b\": true}]}");

        byte[] bytes = JsonContentFactory.Serialize(document.RootElement, JsonValueWriter.WriteElement);

        Assert.Equal("{\"a\":[1,\"x\",null,{\"b\":true}]}", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void WriteElement_inside_an_object()
    {
        using var document = JsonDocument.Parse("42");

        byte[] bytes = JsonContentFactory.Serialize(document.RootElement.Clone(), static (w, e) =>
        {
            w.WriteStartObject();
            w.WritePropertyName("v");
            JsonValueWriter.WriteElement(w, e);
            w.WriteEndObject();
        });

        Assert.Equal("{\"v\":42}", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void WriteElement_null_writer_throws()
    {
        Assert.Throws<ArgumentNullException>(() => JsonValueWriter.WriteElement(null!, default));
    }

    [Fact]
    public void WriteElement_default_element_throws()
    {
        Assert.Throws<InvalidOperationException>(() => JsonContentFactory.Serialize(default(JsonElement), JsonValueWriter.WriteElement));
    }
}
