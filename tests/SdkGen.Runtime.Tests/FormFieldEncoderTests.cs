using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class FormFieldEncoderTests
{
    private const string Value = "{\"a\":1,\"b\":\"x y\",\"n\":null,\"list\":[\"p\",\"q\"],\"inner\":{\"c\":true}}";

    [Theory]
    [InlineData(FormStyle.Default, "f=%7B%22a%22%3A1%2C%22b%22%3A%22x+y%22%2C%22n%22%3Anull%2C%22list%22%3A%5B%22p%22%2C%22q%22%5D%2C%22inner%22%3A%7B%22c%22%3Atrue%7D%7D")]
    [InlineData(FormStyle.Json, "f=%7B%22a%22%3A1%2C%22b%22%3A%22x+y%22%2C%22n%22%3Anull%2C%22list%22%3A%5B%22p%22%2C%22q%22%5D%2C%22inner%22%3A%7B%22c%22%3Atrue%7D%7D")]
    [InlineData(FormStyle.Form, "a=1&b=x+y&list=p&list=q&inner=%7B%22c%22%3Atrue%7D")]
    [InlineData(FormStyle.FormUnexploded, "f=a%2C1%2Cb%2Cx+y%2Clist%2C%5B%22p%22%2C%22q%22%5D%2Cinner%2C%7B%22c%22%3Atrue%7D")]
    [InlineData(FormStyle.DeepObject, "f%5Ba%5D=1&f%5Bb%5D=x+y&f%5Blist%5D%5B0%5D=p&f%5Blist%5D%5B1%5D=q&f%5Binner%5D%5Bc%5D=true")]
    public void An_object_is_spread_as_its_style_says_and_nulls_are_not_sent(FormStyle style, string expected)
    {
        var form = new FormUrlEncodedBuilder();

        FormFieldEncoder.Add(form, "f", JsonSerializer.Deserialize<JsonElement>(Value), style);

        Assert.Equal(expected, form.ToString());
    }

    [Theory]
    [InlineData(FormStyle.Default, "f=1&f=two&f=%7B%22x%22%3A3%7D")]
    [InlineData(FormStyle.Form, "f=1&f=two&f=%7B%22x%22%3A3%7D")]
    [InlineData(FormStyle.Json, "f=%5B1%2C%22two%22%2Cnull%2C%7B%22x%22%3A3%7D%5D")]
    [InlineData(FormStyle.FormUnexploded, "f=1%2Ctwo%2C%7B%22x%22%3A3%7D")]
    [InlineData(FormStyle.SpaceDelimited, "f=1+two+%7B%22x%22%3A3%7D")]
    [InlineData(FormStyle.PipeDelimited, "f=1%7Ctwo%7C%7B%22x%22%3A3%7D")]
    public void An_array_is_repeated_or_joined(FormStyle style, string expected)
    {
        var form = new FormUrlEncodedBuilder();

        FormFieldEncoder.Add(form, "f", JsonSerializer.Deserialize<JsonElement>("[1,\"two\",null,{\"x\":3}]"), style);

        Assert.Equal(expected, form.ToString());
    }

    [Theory]
    [InlineData("\"text\"", "f=text")]
    [InlineData("-1.50", "f=-1.50")]
    [InlineData("false", "f=false")]
    [InlineData("null", "")]
    public void A_primitive_is_its_text_in_every_style(string json, string expected)
    {
        foreach (FormStyle style in Enum.GetValues<FormStyle>())
        {
            var form = new FormUrlEncodedBuilder();
            FormFieldEncoder.Add(form, "f", JsonSerializer.Deserialize<JsonElement>(json), style);
            Assert.Equal(expected, form.ToString());
        }
    }

    [Fact]
    public void Absent_values_add_nothing()
    {
        var form = new FormUrlEncodedBuilder();

        FormFieldEncoder.Add(form, "f", (JsonElement?)null, FormStyle.Default);
        FormFieldEncoder.Add<List<int>>(form, "g", null, static (w, v) => w.WriteNumberValue(v.Count), FormStyle.Default);

        Assert.Equal(0, form.Count);
    }

    [Fact]
    public void A_typed_value_is_written_by_its_serializer_first()
    {
        var form = new FormUrlEncodedBuilder();

        FormFieldEncoder.Add(form, "m", new Dictionary<string, string> { ["k"] = "v" }, static (w, v) =>
        {
            w.WriteStartObject();
            foreach (var pair in v)
            {
                w.WriteString(pair.Key, pair.Value);
            }

            w.WriteEndObject();
        }, FormStyle.DeepObject);

        Assert.Equal("m%5Bk%5D=v", form.ToString());
    }
}
