using System.Collections.Generic;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// The locals an emitted operation method declares, named so that none equals one of the method's parameters
/// (as Refit's emitter does with its unique-names scope). The parser names the parameters after the spec; the
/// emitter names only its own locals, so neither needs to know the other's list.
/// </summary>
internal sealed class OperationLocals
{
    private readonly LocalNames _names;

    public OperationLocals(IEnumerable<string> parameterNames)
    {
        _names = new LocalNames(parameterNames);
        Uri = Claim("uri");
        Request = Claim("request");
        Response = Claim("response");
        Content = Claim("content");
        Result = Claim("result");
        Form = Claim("form");
        Item = Claim("item");
        Index = Claim("i");
        ItemName = Claim("itemName");
        CreateRequest = Claim("createRequest");
        CreateAuthenticatedRequest = Claim("createAuthenticatedRequest");
        SendRequest = Claim("sendRequestAsync");
        BodyStart = Claim("bodyStart");
        BodySent = Claim("bodySent");
        FirstRequest = Claim("firstRequest");
        NextRequest = Claim("nextRequest");
        ToResult = Claim("toResult");
        Entry = Claim("entry");
        Multipart = Claim("multipart");
        Exception = Claim("exception");
        Accept = Claim("accept");
    }

    /// <summary>The <c>Accept</c> value of a request method an operation shares with its text form.</summary>
    public string Accept { get; }

    /// <summary>An exception thrown before the request was sent, handed back through the task.</summary>
    public string Exception { get; }

    /// <summary>A key and value of a map body being checked.</summary>
    public string Entry { get; }

    /// <summary>The multipart/form-data body builder.</summary>
    public string Multipart { get; }

    /// <summary>The function the shared private method ends with: it makes the body, or the body with the answer's status and headers, what the public method returns.</summary>
    public string ToResult { get; }

    /// <summary>The request built before an OAuth2 token is asked for, so bad arguments fail before any network call.</summary>
    public string FirstRequest { get; }

    /// <summary>The request the OAuth2 sender's factory hands out.</summary>
    public string NextRequest { get; }

    /// <summary>Where a seekable request body stream started, to send it again after a 401.</summary>
    public string BodyStart { get; }

    /// <summary>Whether the request body stream was already handed to a request.</summary>
    public string BodySent { get; }

    /// <summary>The local function that builds the request, when it may be built twice (OAuth2: once more after 401).</summary>
    public string CreateRequest { get; }

    /// <summary>The local function that builds the request and adds the API keys sent beside an OAuth2 token.</summary>
    public string CreateAuthenticatedRequest { get; }

    /// <summary>The local function that sends the request with the first configured security alternative.</summary>
    public string SendRequest { get; }

    /// <summary>The request URI builder.</summary>
    public string Uri { get; }

    /// <summary>The HttpRequestMessage.</summary>
    public string Request { get; }

    /// <summary>The HttpResponseMessage (a lambda parameter).</summary>
    public string Response { get; }

    /// <summary>The bytes of the response body (a lambda parameter).</summary>
    public string Content { get; }

    /// <summary>The response body read as the success type (a lambda parameter).</summary>
    public string Result { get; }

    /// <summary>The form-urlencoded body builder.</summary>
    public string Form { get; }

    /// <summary>An item of a collection (also a lambda parameter).</summary>
    public string Item { get; }

    /// <summary>A loop index.</summary>
    public string Index { get; }

    /// <summary>The name an item is reported under.</summary>
    public string ItemName { get; }

    private string Claim(string preferred) => _names.Claim(preferred);
}
