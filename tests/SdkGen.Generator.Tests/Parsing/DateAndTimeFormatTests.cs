using SdkGen.Generator.Model;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Parsing;

/// <summary>
/// <c>format: date</c>/<c>time</c> become DateOnly/TimeOnly only where the consumer's compilation has them and the
/// runtime build that reads them (the pipeline decides; the snapshots of <c>faithful/formats</c> show that side).
/// Elsewhere (netstandard2.0, .NET Framework) they stay the exact text; <c>duration</c> is a TimeSpan everywhere.
/// </summary>
public class DateAndTimeFormatTests
{
    [Theory]
    [InlineData(true, "Date", "Time")]
    [InlineData(false, "String", "String")]
    public void Date_and_time_follow_what_the_consumer_can_compile(bool dateAndTimeTypes, string date, string time)
    {
        SpecFile spec = SpecFile.FromTestSpecs("faithful/formats.yaml", "Test.Faithful", "FormatsClient");
        var input = new SpecFileInput(spec.Path, spec.Text, "Test.Faithful", "FormatsClient") { DateAndTimeTypes = dateAndTimeTypes };

        DocumentSpec document = SpecParser.Parse(input, CancellationToken.None).Document!;

        ModelSpec shift = document.Models.Single(m => m.Name == "Shift");
        string KindOf(string name) => shift.Properties.Single(p => p.Name == name).Type.Kind.ToString();
        Assert.Equal(date, KindOf("Day"));
        Assert.Equal(time, KindOf("Start"));
        Assert.Equal("Duration", KindOf("Length"));
        Assert.Equal("DateTimeOffset", KindOf("CreatedAt"));
    }
}
