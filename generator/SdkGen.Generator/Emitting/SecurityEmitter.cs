using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Writes what <c>Parsing/SecuritySchemes</c> decided: one credential property per scheme on the options, one field per
/// scheme in the clients that use it, and per operation the alternatives tried in order — the first whose credentials
/// are all configured is applied; none configured is an <c>InvalidOperationException</c> before anything is sent,
/// unless the operation may also be called without credentials.
/// </summary>
/// <remarks>
/// An operation that may use OAuth2 builds its request in a local function, because a request refused with 401 is
/// rebuilt and sent once more with a new token (<c>OAuth2RequestSender</c>); so does one that may use a Bearer provider,
/// whose token is awaited: a second local function applies them and sends, and its task goes to the client's
/// <c>OperationSender</c>. The others apply credentials in place.
/// </remarks>
internal sealed class SecurityEmitter
{
    private const string Runtime = "global::SdkGen.Runtime";
    private const string Internal = "global::SdkGen.Runtime.Internal";
    private const string HeadersRead = "global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead";

    private readonly DocumentSpec _document;
    private readonly Dictionary<string, SecuritySchemeSpec> _schemes;

    public SecurityEmitter(DocumentSpec document)
    {
        _document = document;
        _schemes = document.Options.SecuritySchemes.ToDictionary(s => s.PropertyName, System.StringComparer.Ordinal);
    }

    // ---- options -------------------------------------------------------------------------------------------------

    /// <summary>The credential properties of the options class (and its clock, when a scheme is OAuth2).</summary>
    public static void EmitOptionsProperties(SourceWriter w, OptionsSpec options)
    {
        foreach (SecuritySchemeSpec scheme in options.SecuritySchemes)
        {
            w.Line();
            w.Summary(PropertySummary(scheme));
            w.Line("public " + Runtime + "." + CredentialType(scheme) + "? " + scheme.PropertyName + " { get; set; }");
        }

        if (options.SecuritySchemes.Any(s => s.Kind == SecuritySchemeKind.OAuth2ClientCredentials))
        {
            w.Line();
            w.Summary("The clock OAuth 2.0 token expiry is measured on; the system clock when null.");
            w.Line("public global::System.TimeProvider? TimeProvider { get; set; }");
        }
    }

    private static string PropertySummary(SecuritySchemeSpec scheme)
    {
        string what = scheme.Kind switch
        {
            SecuritySchemeKind.HttpBasic => "HTTP Basic credentials",
            SecuritySchemeKind.HttpBearer => "The HTTP Bearer token (fixed, or from a provider asked before each request)",
            SecuritySchemeKind.ApiKeyHeader => "The API key sent in the <c>" + CSharpLiteral.XmlDocText(scheme.ParameterName!) + "</c> header",
            SecuritySchemeKind.ApiKeyQuery => "The API key sent as the <c>" + CSharpLiteral.XmlDocText(scheme.ParameterName!) + "</c> query parameter",
            SecuritySchemeKind.ApiKeyCookie => "The API key sent as the <c>" + CSharpLiteral.XmlDocText(scheme.ParameterName!) + "</c> cookie",
            _ => "OAuth 2.0 client credentials",
        };
        string tokens = scheme.Kind != SecuritySchemeKind.OAuth2ClientCredentials ? "" : " Tokens come from <c>" + CSharpLiteral.XmlDocText(scheme.TokenUrl!)
            + "</c> unless the credentials name another endpoint; each client asks once and reuses the token until shortly before it expires, and asks again once when the API answers 401.";
        string scopes = scheme.Scopes.Count == 0 ? "" : " Scopes the API description declares: " + CSharpLiteral.XmlDocText(string.Join(" ", scheme.Scopes)) + "; tokens ask for the credentials' scopes, or else for those the operations' security requirements name.";
        string description = scheme.Description is null ? "" : " " + CSharpLiteral.XmlDocText(scheme.Description.TrimEnd('.')) + ".";
        return what + " for the <c>" + CSharpLiteral.XmlDocText(scheme.SchemeName) + "</c> security scheme." + description + tokens + scopes + " Never logged and never part of an exception.";
    }

    private static string CredentialType(SecuritySchemeSpec scheme) => scheme.Kind switch
    {
        SecuritySchemeKind.HttpBasic => "BasicCredentials",
        SecuritySchemeKind.HttpBearer => "BearerCredentials",
        SecuritySchemeKind.OAuth2ClientCredentials => "OAuth2ClientCredentials",
        _ => "ApiKeyCredentials",
    };

    // ---- client fields and constructor ---------------------------------------------------------------------------

    public void EmitFields(SourceWriter w, ClientSpec client)
    {
        foreach (ClientFieldSpec field in client.CredentialFields)
        {
            SecuritySchemeSpec scheme = _schemes[field.For];
            string type = scheme.Kind switch
            {
                SecuritySchemeKind.HttpBasic => "global::System.Net.Http.Headers.AuthenticationHeaderValue",
                SecuritySchemeKind.OAuth2ClientCredentials => Runtime + ".OAuth2TokenSource",
                _ => Runtime + "." + CredentialType(scheme),
            };
            w.Line("private readonly " + type + "? " + field.Name + ";");
        }
    }

    /// <summary>Constructor statements: the Basic header is encoded once, the OAuth2 token source is made once per client.</summary>
    public void EmitConstructor(SourceWriter w, ClientSpec client, string httpClient, string options)
    {
        foreach (ClientFieldSpec field in client.CredentialFields)
        {
            SecuritySchemeSpec scheme = _schemes[field.For];
            string property = options + "." + scheme.PropertyName;
            List<string> scopes = RequiredScopes(client, scheme);
            string credentials = scopes.Count == 0 ? property : Internal + ".OAuth2Scopes.OrDescribed(" + property + ", " + string.Join(", ", scopes.Select(CSharpLiteral.String)) + ")";
            w.Line(field.Name + " = " + scheme.Kind switch
            {
                SecuritySchemeKind.HttpBasic => property + "?.ToAuthorizationHeader();",
                SecuritySchemeKind.OAuth2ClientCredentials => property + " is null ? null : new " + Runtime + ".OAuth2TokenSource(" + credentials + ", new global::System.Uri("
                    + CSharpLiteral.String(scheme.TokenUrl!) + ", global::System.UriKind.Absolute), " + httpClient + ", " + options + ".TimeProvider);",
                _ => property + ";",
            });
        }
    }

    // One token per client serves every operation, so it asks for every scope the client's requirements name for the
    // scheme (unless the credentials name their own).
    private static List<string> RequiredScopes(ClientSpec client, SecuritySchemeSpec scheme) =>
        scheme.Kind != SecuritySchemeKind.OAuth2ClientCredentials
            ? new List<string>()
            : client.Operations.SelectMany(o => o.Security).Where(r => r.SchemeProperties.Contains(scheme.PropertyName))
                .SelectMany(r => r.Scopes).Distinct(System.StringComparer.Ordinal).ToList();

    // The client's field holding the scheme's credential.
    private static string FieldOf(ClientSpec client, SecuritySchemeSpec scheme) => ClientFieldSpec.Of(client.CredentialFields, scheme.PropertyName)!;

    // ---- per operation -------------------------------------------------------------------------------------------

    /// <summary>
    /// Whether the operation builds its request in a local function and sends it from another: an alternative awaits
    /// its credentials (an OAuth2 token, or a Bearer token from the caller's provider).
    /// </summary>
    public bool BuildsRequestInFunction(OperationSpec operation) =>
        TransportHeaderEmitter.UnlessGiven(operation, "Authorization") != "false"
        && operation.Security.Any(r => r.SchemeProperties.Any(p => _schemes[p].Kind is SecuritySchemeKind.OAuth2ClientCredentials or SecuritySchemeKind.HttpBearer));

    /// <summary>Whether the request may be built twice: an alternative uses OAuth2, which resends once after 401.</summary>
    public bool ResendsRequest(OperationSpec operation) =>
        TransportHeaderEmitter.UnlessGiven(operation, "Authorization") != "false"
        && operation.Security.Any(r => r.SchemeProperties.Any(p => _schemes[p].Kind == SecuritySchemeKind.OAuth2ClientCredentials));

    /// <summary>
    /// For an operation whose credentials are not awaited: applies the first configured alternative to the request just created, or throws.
    /// A declared <c>Authorization</c> parameter the caller gives replaces the security (as it replaces Basic before).
    /// <paramref name="caller"/> says who needs the credentials in the message: the method, or the two sharing the request.
    /// </summary>
    public void EmitApply(SourceWriter w, ClientSpec client, OperationSpec operation, OperationLocals locals, string caller)
    {
        string? given = TransportHeaderEmitter.UnlessGiven(operation, "Authorization");
        List<SecurityRequirementSpec> alternatives = operation.Security.Where(r => r.SchemeProperties.Count > 0).ToList();
        if (alternatives.Count == 0 || given == "false")
        {
            return;
        }

        if (given is not null)
        {
            w.OpenBlock("if (" + given + ")");
        }

        for (int i = 0; i < alternatives.Count; i++)
        {
            w.OpenBlock((i == 0 ? "if (" : "else if (") + Configured(client, alternatives[i]) + ")");
            foreach (string property in alternatives[i].SchemeProperties)
            {
                EmitApplyScheme(w, client, _schemes[property], locals.Request);
            }

            w.CloseBlock();
        }

        if (!AllowsAnonymous(operation))
        {
            w.OpenBlock("else");
            w.Line("throw " + NotConfigured(operation, caller) + ";");
            w.CloseBlock();
        }

        if (given is not null)
        {
            w.CloseBlock();
        }

        w.Line();
    }

    /// <summary>
    /// For an operation that may use OAuth2: after the request function, a local function that sends it with the first
    /// configured alternative (OAuth2 through <c>OAuth2RequestSender</c>: one resend with a new token on 401).
    /// </summary>
    public void EmitSendFunction(SourceWriter w, ClientSpec client, OperationSpec operation, OperationLocals locals)
    {
        string request = locals.Request, create = locals.CreateRequest;
        w.OpenBlock("async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> " + locals.SendRequest + "()");
        string? given = TransportHeaderEmitter.UnlessGiven(operation, "Authorization");
        if (given is not null)
        {
            w.OpenBlock("if (!(" + given + "))");
            EmitPlainSend(w, request, create);
            w.CloseBlock();
            w.Line();
        }

        foreach (SecurityRequirementSpec alternative in operation.Security.Where(r => r.SchemeProperties.Count > 0))
        {
            w.OpenBlock("if (" + Configured(client, alternative) + ")");
            SecuritySchemeSpec? oauth = alternative.SchemeProperties.Select(p => _schemes[p]).FirstOrDefault(s => s.Kind == SecuritySchemeKind.OAuth2ClientCredentials);
            List<SecuritySchemeSpec> others = alternative.SchemeProperties.Select(p => _schemes[p]).Where(s => s != oauth).ToList();
            if (oauth is null)
            {
                w.Line("using var " + request + " = " + create + "();");
                foreach (SecuritySchemeSpec scheme in others)
                {
                    EmitApplyScheme(w, client, scheme, request);
                }

                w.Line("return await _httpClient.SendAsync(" + request + ", " + HeadersRead + ", cancellationToken).ConfigureAwait(false);");
            }
            else
            {
                // The parser keeps OAuth2 only beside schemes that do not need the Authorization header: API keys.
                string factory = create;
                if (others.Count > 0)
                {
                    factory = locals.CreateAuthenticatedRequest;
                    w.OpenBlock("global::System.Net.Http.HttpRequestMessage " + factory + "()");
                    w.Line("var " + request + " = " + create + "();");
                    foreach (SecuritySchemeSpec scheme in others)
                    {
                        EmitApplyScheme(w, client, scheme, request);
                    }

                    w.Line("return " + request + ";");
                    w.CloseBlock();
                    w.Line();
                }

                // The first request is built before a token is asked for: a value refused while building it (a header
                // with a line break) is an ArgumentException before any network call, as without OAuth2.
                string first = locals.FirstRequest, next = locals.NextRequest;
                w.Line("global::System.Net.Http.HttpRequestMessage? " + first + " = " + factory + "();");
                w.OpenBlock("try");
                w.Line("return await " + Internal + ".OAuth2RequestSender.SendAsync(_httpClient, " + FieldOf(client, oauth) + ", () =>");
                w.Line("{");
                w.Line("    var " + next + " = " + first + " ?? " + factory + "();");
                w.Line("    " + first + " = null;");
                w.Line("    return " + next + ";");
                w.Line("}, " + HeadersRead + ", cancellationToken).ConfigureAwait(false);");
                w.CloseBlock();
                w.OpenBlock("finally");
                w.Line(first + "?.Dispose();");
                w.CloseBlock();
            }

            w.CloseBlock();
            w.Line();
        }

        if (AllowsAnonymous(operation))
        {
            EmitPlainSend(w, request, create);
        }
        else
        {
            w.Line("throw " + NotConfigured(operation, operation.MethodName + " needs") + ";");
        }

        w.CloseBlock();
        w.Line();
    }

    /// <summary>
    /// Before the request function of an operation whose body is a caller's stream: where the stream starts. A resend
    /// after 401 must send the same bytes, so it rewinds a seekable stream and refuses with a clear error otherwise —
    /// never an empty or truncated body.
    /// </summary>
    public static void EmitStreamStart(SourceWriter w, RequestBodySpec? body, OperationLocals locals)
    {
        if (body is not { Encoding: BodyEncoding.Binary })
        {
            return;
        }

        // A required body is known to be non-null here; testing it again would make the compiler think it may be null.
        string present = body.IsRequired ? "" : body.ParameterName + " is object && ";
        w.Line("long? " + locals.BodyStart + " = " + present + body.ParameterName + ".CanSeek ? " + body.ParameterName + ".Position : (long?)null;");
        w.Line("bool " + locals.BodySent + " = false;");
        w.Line();
    }

    /// <summary>Inside the request function, before the body: rewinds the stream for a resend (see <see cref="EmitStreamStart"/>).</summary>
    public static void EmitStreamRewind(SourceWriter w, RequestBodySpec body, OperationLocals locals)
    {
        if (body.Encoding != BodyEncoding.Binary)
        {
            return;
        }

        string stream = body.ParameterName;
        w.OpenBlock("if (" + locals.BodySent + (body.IsRequired ? "" : " && " + stream + " is object") + ")");
        w.OpenBlock("if (" + locals.BodyStart + " is null)");
        w.Line("throw new global::System.InvalidOperationException(" + CSharpLiteral.String("The API refused the OAuth 2.0 token and the request must be sent again with a new one, but the body stream cannot seek back to its start; the body was not sent again.") + ");");
        w.CloseBlock();
        w.Line();
        w.Line(stream + ".Position = " + locals.BodyStart + ".Value;");
        w.CloseBlock();
        w.Line();
        w.Line(locals.BodySent + " = true;");
    }

    // A block of its own: the alternatives before it declare the same local in theirs.
    private static void EmitPlainSend(SourceWriter w, string request, string create)
    {
        w.OpenBlock("using (var " + request + " = " + create + "())");
        w.Line("return await _httpClient.SendAsync(" + request + ", " + HeadersRead + ", cancellationToken).ConfigureAwait(false);");
        w.CloseBlock();
    }

    private static void EmitApplyScheme(SourceWriter w, ClientSpec client, SecuritySchemeSpec scheme, string request)
    {
        string field = FieldOf(client, scheme);
        switch (scheme.Kind)
        {
            case SecuritySchemeKind.HttpBasic:
                w.Line(request + ".Headers.Authorization = " + field + ";");
                break;
            case SecuritySchemeKind.HttpBearer:
                w.Line(request + ".Headers.Authorization = await " + field + ".ToAuthorizationHeaderAsync(cancellationToken).ConfigureAwait(false);");
                break;
            case SecuritySchemeKind.ApiKeyHeader:
                w.Line(Internal + ".ApiKeyPlacement.ApplyToHeader(" + request + ", " + CSharpLiteral.String(scheme.ParameterName!) + ", " + field + ");");
                break;
            case SecuritySchemeKind.ApiKeyQuery:
                w.Line(Internal + ".ApiKeyPlacement.ApplyToQuery(" + request + ", " + CSharpLiteral.String(scheme.ParameterName!) + ", " + field + ");");
                break;
            case SecuritySchemeKind.ApiKeyCookie:
                w.Line(Internal + ".ApiKeyPlacement.ApplyToCookie(" + request + ", " + CSharpLiteral.String(scheme.ParameterName!) + ", " + field + ");");
                break;
        }
    }

    private string Configured(ClientSpec client, SecurityRequirementSpec requirement) =>
        string.Join(" && ", requirement.SchemeProperties.Select(p => FieldOf(client, _schemes[p]) + " is object"));

    private static bool AllowsAnonymous(OperationSpec operation) => operation.Security.Any(r => r.SchemeProperties.Count == 0);

    // Names the schemes and the options properties to set; never a credential.
    private string NotConfigured(OperationSpec operation, string caller)
    {
        IEnumerable<string> alternatives = operation.Security.Select(r => string.Join(" and ", r.SchemeProperties.Select(p => _document.Options.Name + "." + p + " ('" + _schemes[p].SchemeName + "')")));
        string message = caller + " credentials: set " + string.Join(", or ", alternatives) + ". Nothing was sent.";
        return "new global::System.InvalidOperationException(" + CSharpLiteral.String(message) + ")";
    }
}
