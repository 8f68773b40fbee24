using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// The discriminator peek a polymorphic base reads with: it works on a copy of the reader, so the caller's reader stays
/// on the object's start, and it never throws on a hostile object (unions: <see cref="UnionMatchTests"/>).
/// </summary>
public class PolymorphicReadTests
{
    [Theory]
    [InlineData("{\"kind\":\"cat\"}", "cat")]
    [InlineData("{\"a\":{\"kind\":\"nested\"},\"b\":[1,{\"kind\":\"x\"}],\"kind\":\"last\"}", "last")]
    [InlineData("{\"ki\\u006ed\":\"escaped\"}", "escaped")]
    [InlineData("{\"kind\":\"first\",\"kind\":\"second\"}", "first")]
    [InlineData("{\"kind\":3}", null)]
    [InlineData("{\"kind\":null}", null)]
    [InlineData("{}", null)]
    [InlineData("[\"kind\"]", null)]
    [InlineData("\"kind\"", null)]
    public void The_discriminator_is_found_anywhere_and_the_reader_does_not_move(string json, string? expected)
    {
        var reader = Start(json);
        long before = reader.BytesConsumed;

        string? value = GeneratedJsonSerializer.PeekDiscriminator(reader, "kind");

        Assert.Equal(expected, value);
        Assert.Equal(before, reader.BytesConsumed);
    }

    private static Utf8JsonReader Start(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }
}
