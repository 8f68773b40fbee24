using System.Text;
using SdkGen.Runtime;

namespace SdkGen.Runtime.Tests;

public class BasicCredentialsTests
{
    private const string AccountId = "AC0123456789abcdef0123456789abcdef";
    private const string Token = "s3cr3t-t0ken+/=";

    [Fact]
    public void Header_is_basic_scheme_with_base64_of_utf8_user_colon_password()
    {
        var credentials = new BasicCredentials(AccountId, Token);

        var header = credentials.ToAuthorizationHeader();

        string expected = Convert.ToBase64String(Encoding.UTF8.GetBytes(AccountId + ":" + Token));
        Assert.Equal("Basic", header.Scheme);
        Assert.Equal(expected, header.Parameter);
        Assert.Equal("Basic " + expected, header.ToString());
    }

    [Fact]
    public void Header_matches_a_known_vector()
    {
        // RFC 7617 section 2: "Aladdin" / "open sesame".
        var header = new BasicCredentials("Aladdin", "open sesame").ToAuthorizationHeader();

        Assert.Equal("QWxhZGRpbjpvcGVuIHNlc2FtZQ==", header.Parameter);
    }

    [Fact]
    public void Header_encodes_non_ascii_as_utf8()
    {
        var header = new BasicCredentials("test", "123£").ToAuthorizationHeader();

        // RFC 7617 section 2.1 example with charset UTF-8.
        Assert.Equal("dGVzdDoxMjPCow==", header.Parameter);
    }

    [Fact]
    public void Each_call_returns_a_new_equal_header()
    {
        var credentials = new BasicCredentials("user", "pw");

        var first = credentials.ToAuthorizationHeader();
        var second = credentials.ToAuthorizationHeader();

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Empty_password_is_allowed()
    {
        var header = new BasicCredentials("user", "").ToAuthorizationHeader();

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("user:")), header.Parameter);
    }

    [Fact]
    public void Username_is_exposed()
    {
        Assert.Equal(AccountId, new BasicCredentials(AccountId, Token).Username);
    }

    [Fact]
    public void ToString_hides_the_password()
    {
        string text = new BasicCredentials(AccountId, Token).ToString();

        Assert.Equal("BasicCredentials { Username = " + AccountId + ", Password = *** }", text);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
    }

    [Fact]
    public void There_is_no_public_password_member()
    {
        var members = typeof(BasicCredentials).GetMembers()
            .Where(m => m.Name.Contains("Password", StringComparison.OrdinalIgnoreCase)
                || m.Name.Contains("Secret", StringComparison.OrdinalIgnoreCase));

        Assert.Empty(members);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Null_or_empty_username_throws_ArgumentException(string? username)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new BasicCredentials(username!, "pw"));

        Assert.Equal("username", ex.ParamName);
    }

    [Fact]
    public void Username_with_colon_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BasicCredentials("a:b", "pw"));

        Assert.Equal("username", ex.ParamName);
    }

    [Fact]
    public void Null_password_throws_ArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new BasicCredentials("user", null!));

        Assert.Equal("password", ex.ParamName);
    }

    [Fact]
    public void Exception_messages_never_echo_the_password()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BasicCredentials("a:" + Token, Token));

        Assert.DoesNotContain(Token, ex.Message, StringComparison.Ordinal);
    }
}
