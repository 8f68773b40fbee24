using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>The caller's choice of a raw body's media type: only what the API description declares for the body.</summary>
public class RawContentFactoryTests
{
    [Theory]
    [InlineData("audio/wav")]
    [InlineData("Audio/WAV")]
    [InlineData("audio/wav; rate=8000")]
    [InlineData("image/png")]
    [InlineData("image/svg+xml")]
    public void A_declared_type_or_a_member_of_a_declared_family_is_accepted(string chosen)
    {
        RawContentFactory.RequireDeclaredMediaType(chosen, "contentType", "audio/wav; codec=pcm", "image/*");
    }

    [Theory]
    [InlineData("audio/mpeg")]
    [InlineData("image/*")]
    [InlineData("image")]
    [InlineData("imagex/png")]
    [InlineData("audio/wav\r\nX-Injected: 1")]
    [InlineData("")]
    public void Anything_else_is_refused_naming_the_parameter_not_echoing_the_value(string chosen)
    {
        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() => RawContentFactory.RequireDeclaredMediaType(chosen, "contentType", "audio/wav", "image/*"));

        Assert.Equal("contentType", ex.ParamName);
        Assert.True(chosen.Length == 0 || !ex.Message.Contains(chosen, StringComparison.Ordinal), ex.Message);
    }

    [Fact]
    public void Null_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => RawContentFactory.RequireDeclaredMediaType(null!, "contentType", "audio/wav"));
    }
}
