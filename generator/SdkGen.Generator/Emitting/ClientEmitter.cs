using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Emits a client class: one virtual async method per operation that validates its arguments,
/// builds the request, sends it through the caller's HttpClient and maps the response.
/// </summary>
internal sealed class ClientEmitter
{
    private const string Runtime = "global::SdkGen.Runtime";
    private const string Internal = "global::SdkGen.Runtime.Internal";

    private readonly DocumentSpec _document;
    private readonly IReadOnlyDictionary<string, ModelSpec> _models;
    private readonly ValidationPlan _validationPlan;
    private readonly string _serializer;
    private readonly SecurityEmitter _security;

    // The private methods' type parameter; no generated type may be hidden by it.
    private readonly string _resultType;

    public ClientEmitter(DocumentSpec document, IReadOnlyDictionary<string, ModelSpec> models, ValidationPlan validationPlan)
    {
        _document = document;
        _models = models;
        _validationPlan = validationPlan;
        _serializer = document.SerializerClassName;
        _security = new SecurityEmitter(document);
        var typeNames = new HashSet<string>(document.Models.Select(m => m.Name).Concat(document.Enums.Select(e => e.Name)), System.StringComparer.Ordinal);
        _resultType = "TResult";
        while (typeNames.Contains(_resultType))
        {
            _resultType += "_";
        }
    }

    public string Emit(ClientSpec client) => SourceFile.Write(_document, w => EmitClass(w, client));

    private void EmitClass(SourceWriter w, ClientSpec client)
    {
        w.Summary(client.Description is null ? "Client for " + CSharpLiteral.XmlDocText(_document.ServiceName) + "." : CSharpLiteral.XmlDocText(client.Description));
        w.Line("/// <remarks>Thread-safe: create one and share it. Methods are virtual so tests can mock the client.</remarks>");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.OpenBlock(Accessibility.Of(_document) + " partial class " + client.Name);
        w.Line("private const string ServiceName = " + CSharpLiteral.String(_document.ServiceName) + ";");
        foreach (ClientFieldSpec method in client.HttpMethodFields)
        {
            w.Line("private static readonly global::System.Net.Http.HttpMethod " + method.Name + " = new global::System.Net.Http.HttpMethod(" + CSharpLiteral.String(method.For) + ");");
        }

        w.Line("private readonly global::System.Net.Http.HttpClient _httpClient;");
        w.Line("private readonly global::System.Uri _endpoint;");
        w.Line("private readonly int _maxResponseContentLength;");
        w.Line("private readonly " + Internal + ".OperationSender _sender;");
        foreach (ClientFieldSpec server in client.ServerFields)
        {
            w.Line("private readonly global::System.Uri " + server.Name + ";");
        }

        _security.EmitFields(w, client);

        w.Line();
        w.Summary("For mocking: a client made this way has no connection and must have its methods overridden.");
        w.OpenBlock("protected " + client.Name + "()");
        w.Line("_httpClient = null!;");
        w.Line("_endpoint = null!;");
        w.Line("_sender = null!;");
        foreach (ClientFieldSpec server in client.ServerFields)
        {
            w.Line(server.Name + " = null!;");
        }

        w.CloseBlock();
        w.Line();
        w.Summary("Creates a client that sends requests through <paramref name=\"httpClient\"/> (for example one from <c>IHttpClientFactory</c>).");
        w.Line("/// <param name=\"httpClient\">The HttpClient to send requests with. The client does not dispose it.</param>");
        w.Line("/// <param name=\"options\">The endpoint, server variables and credentials.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"httpClient\"/> or <paramref name=\"options\"/> is null.</exception>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The options name no usable endpoint.</exception>");
        w.OpenBlock("public " + client.Name + "(global::System.Net.Http.HttpClient httpClient, " + _document.Options.Name + " options)");
        w.Line("_httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));");
        w.OpenBlock("if (options is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(options));");
        w.CloseBlock();
        w.Line();
        w.Line("_endpoint = options.ResolveEndpoint();");
        w.Line("_maxResponseContentLength = options.MaxResponseContentLength > 0");
        w.Line("    ? options.MaxResponseContentLength");
        w.Line("    : throw new global::System.ArgumentException(\"MaxResponseContentLength must be positive.\", nameof(options));");
        w.Line("_sender = new " + Internal + ".OperationSender(_httpClient, _maxResponseContentLength, ServiceName);");
        foreach (ClientFieldSpec server in client.ServerFields)
        {
            string resolve = _document.Options.OperationServers.First(s => s.PropertyName == server.For).ResolveMethodName;
            w.Line(server.Name + " = options." + resolve + "();");
        }

        _security.EmitConstructor(w, client, "_httpClient", "options");

        w.CloseBlock();
        w.Line();
        w.Summary("The base address requests are sent to.");
        w.Line("public virtual global::System.Uri Endpoint => _endpoint;");

        foreach (OperationSpec operation in client.Operations)
        {
            w.Line();
            EmitOperation(w, client, operation);
        }

        EmitErrorMaps(w, client);
        w.CloseBlock();
    }

    private void EmitOperation(SourceWriter w, ClientSpec client, OperationSpec operation)
    {
        List<ParameterSpec> required = operation.Parameters.Where(p => p.IsRequired).ToList();
        List<ParameterSpec> optional = operation.Parameters.Where(p => !p.IsRequired).ToList();
        RequestBodySpec? body = operation.Body;
        var locals = new OperationLocals(MethodParameterNames(operation));
        EmitPublicMethods(w, client, operation, locals, required.Concat(optional).ToList(), body);
        // Not async: the request (or, when credentials are awaited, the task sending it) goes to the client's one
        // OperationSender. A refusal before anything is sent (a bad argument, no credentials) still reaches the caller
        // through the task, as from an async method.
        w.OpenBlock("private global::System.Threading.Tasks.Task<" + _resultType + "> " + operation.SendMethodName + "<" + _resultType + ">(" + OperationSignature.SendParameters(operation, locals.ToResult, _resultType) + ")");
        w.OpenBlock("try");
        if (operation.RequestMethodName is { } shared)
        {
            EmitSend(w, operation, locals, shared + "(" + OperationSignature.RequestArguments(operation, CSharpLiteral.String(AcceptOf(operation) ?? "*/*")) + ")");
        }
        else
        {
            EmitArgumentChecks(w, required, optional, body, locals);
            EmitRequest(w, client, operation, body, locals, accept: null, caller: operation.MethodName + " needs");
            EmitSend(w, operation, locals, null);
        }

        w.CloseBlock();
        w.OpenBlock("catch (global::System.Exception " + locals.Exception + ")");
        w.Line("return global::System.Threading.Tasks.Task.FromException<" + _resultType + ">(" + locals.Exception + ");");
        w.CloseBlock();
        w.CloseBlock();
        if (operation.RequestMethodName is { } name && !operation.IsTextForm)
        {
            // The operation and its text form send the same request but for the Accept header.
            OperationSpec text = client.Operations.First(o => o.IsTextForm && o.RequestMethodName == name);
            w.Line();
            w.OpenBlock("private global::System.Net.Http.HttpRequestMessage " + name + "(" + OperationSignature.RequestParameters(operation, locals.Accept) + ")");
            EmitArgumentChecks(w, required, optional, body, locals);
            EmitRequest(w, client, operation, body, locals, accept: locals.Accept, caller: operation.MethodName + " and " + text.MethodName + " need");
            w.Line("return " + locals.Request + ";");
            w.CloseBlock();
        }
    }

    // What the request asks for: the media types of the success response when it is not JSON, else JSON when any
    // answer (success or error) is read as JSON.
    private static string? AcceptOf(OperationSpec operation) =>
        operation.AcceptMediaTypes.Count > 0 ? string.Join(", ", operation.AcceptMediaTypes) : operation.AcceptsJson ? "application/json" : null;

    // The request goes to the runtime's send for the operation's kind of answer, with the reader of its body, the
    // function making the result and the client's error map; every delegate is a cached one, so the call allocates none.
    private void EmitSend(SourceWriter w, OperationSpec operation, OperationLocals locals, string? sharedRequest)
    {
        TypeRefSpec? type = operation.Success.BodyType;
        string first = "(" + (sharedRequest ?? (_security.BuildsRequestInFunction(operation) ? locals.SendRequest + "()" : locals.Request)) + ", ";
        string last = locals.ToResult + ", " + operation.ErrorMapName + ", cancellationToken);";
        string orEmpty = !operation.Success.BodyMayBeEmpty ? "" : type is { IsValueType: true } && !operation.Success.IsText ? "ValueOrEmpty" : "OrEmpty";
        string sender = "return _sender.";
        if (operation.Success.IsBinary)
        {
            w.Line(sender + "SendForStreamAsync" + first + last);
        }
        else if (type is null)
        {
            w.Line(sender + "SendAsync" + first + last);
        }
        else if (operation.Success.IsText)
        {
            w.Line(sender + "SendForText" + orEmpty + "Async" + first + last);
        }
        else if (SuccessCheck(operation, locals) is { } check)
        {
            w.Line("// The service reports some failures inside a 2xx answer; the API description says how to tell.");
            w.Line("// A body read leniently without a usable value there is not taken for success.");
            w.Line(sender + "SendForJson" + orEmpty + "Async" + first + ReaderOf(type) + ",");
            w.Line("    " + check + ",");
            w.Line("    " + last);
        }
        else
        {
            w.Line(sender + "SendForJson" + orEmpty + "Async" + first + ReaderOf(type) + ", " + last);
        }
    }

    // The lambda telling a 2xx body that reports a failure (x-sdkgen-success-when): its exception, or null.
    private string? SuccessCheck(OperationSpec operation, OperationLocals locals)
    {
        if (operation.Success.BodyType is not { Kind: ValueKind.Model } type || !_models.TryGetValue(type.Name!, out ModelSpec? model) || model.SuccessCondition is not { } condition)
        {
            return null;
        }

        string response = locals.Response, content = locals.Content, result = locals.Result;
        return "(" + response + ", " + content + ", " + result + ") => " + Failed(model, condition, result)
            + " ? " + FactoryName(model) + "(" + response + ", " + content + ", " + result + ") : null";
    }

    private static string Failed(ModelSpec model, SuccessConditionSpec condition, string result)
    {
        string expected = condition.IsString ? CSharpLiteral.String(condition.ExpectedValue) : condition.ExpectedValue;
        string wireName = model.Properties.FirstOrDefault(p => p.Name == condition.PropertyName)?.WireName ?? condition.PropertyName;
        return result + "." + condition.PropertyName + " != " + expected + " || " + Runtime + ".ResponseDepartures.Concern(" + result + ", " + CSharpLiteral.String(model.Name + "." + wireName) + ")";
    }

    // The plain method and {Operation}WithResponseAsync share one body, a private method generic in what it returns:
    // the plain one passes a function that keeps only the body, so it allocates nothing for metadata it drops.
    private void EmitPublicMethods(SourceWriter w, ClientSpec client, OperationSpec operation, OperationLocals locals, List<ParameterSpec> parameters, RequestBodySpec? body)
    {
        string parameterList = "(" + OperationSignature.Parameters(operation) + ") =>";
        string? bodyType = OperationSignature.BodyType(operation);
        string results = bodyType is null ? Internal + ".ResponseResults" : Internal + ".ResponseResults<" + bodyType + ">";
        EmitDocs(w, operation, parameters, body);
        OperationSignature.EmitObsolete(w, operation);
        w.Line("public virtual " + OperationSignature.ReturnType(operation) + " " + operation.MethodName + parameterList);
        w.Line("    " + operation.SendMethodName + "(" + OperationSignature.Arguments(operation, results + (bodyType is null ? ".None" : ".Value")) + ");");
        w.Line();

        string withResponse = operation.ResponseTypeName is not { } responseType
            ? results + ".WithResponse"
            : bodyType is null
                ? locals.Response + " => new " + responseType + "(" + locals.Response + ")"
                : "(" + locals.Response + ", " + locals.Result + ") => new " + responseType + "(" + locals.Response + ", " + locals.Result + ")";
        w.Line("/// <inheritdoc cref=\"" + OperationSignature.Cref(operation, operation.MethodName) + "\"/>");
        w.Doc("returns", (bodyType is null ? "The answer's" : "The response body with the answer's") + " status and headers" + (operation.ResponseTypeName is null ? "" : ", the headers the service declares typed") + ".");
        OperationSignature.EmitObsolete(w, operation);
        w.Line("public virtual " + OperationSignature.WithResponseReturnType(operation) + " " + operation.WithResponseMethodName + parameterList);
        w.Line("    " + operation.SendMethodName + "(" + OperationSignature.Arguments(operation, withResponse) + ");");
        w.Line();
    }

    // Every name the method's signature declares; the locals are chosen around them.
    private static IEnumerable<string> MethodParameterNames(OperationSpec operation)
    {
        foreach (ParameterSpec parameter in operation.Parameters)
        {
            yield return parameter.Name;
        }

        if (operation.Body is { } body)
        {
            yield return body.ParameterName;
            if (body.ContentTypeParameterName is { } contentType)
            {
                yield return contentType;
            }
        }

        yield return "cancellationToken";
    }


    private void EmitDocs(SourceWriter w, OperationSpec operation, List<ParameterSpec> parameters, RequestBodySpec? body)
    {
        w.Summary(CSharpLiteral.XmlDocText(operation.Summary ?? operation.Description ?? operation.HttpMethod + " " + operation.PathTemplate));
        if (operation.Summary is not null && operation.Description is not null)
        {
            w.Doc("remarks", CSharpLiteral.XmlDocText(operation.Description));
        }

        foreach (ParameterSpec parameter in parameters)
        {
            string text = parameter.Description is not null
                ? CSharpLiteral.XmlDocText(parameter.Description)
                : parameter.Location == ParameterPlacement.Part
                    ? "The <c>" + CSharpLiteral.XmlDocText(parameter.WireName) + "</c> part of the multipart/" + operation.Multipart?.Subtype + " body."
                    : "The <c>" + CSharpLiteral.XmlDocText(parameter.WireName) + "</c> " + parameter.Location.ToString().ToLowerInvariant() + " parameter.";
            if (!parameter.IsRequired && parameter.DefaultJson is { } defaultJson)
            {
                // Left out when not given: the service applies its own default, which the docs show.
                text += " When not given, the service assumes <c>" + CSharpLiteral.XmlDocText(defaultJson) + "</c>.";
            }

            if (parameter.IsDeprecated)
            {
                // C# has no [Obsolete] for parameters (the attribute does not target them), so the docs carry it.
                text += " The service marks this parameter as deprecated.";
            }

            w.Doc("param", text, "name=\"" + parameter.Name.TrimStart('@') + "\"");
        }

        if (body is not null)
        {
            w.Doc("param", body.Description is null ? "The request body." : CSharpLiteral.XmlDocText(body.Description), "name=\"" + body.ParameterName + "\"");
            RawBodyEmitter.EmitContentTypeDoc(w, body);
        }

        w.Line("/// <param name=\"cancellationToken\">Cancels the request.</param>");
        if (operation.Success.IsBinary)
        {
            w.Doc("returns", (operation.Success.Description is null ? "The response body" : CSharpLiteral.XmlDocText(operation.Success.Description).TrimEnd('.')) + ", read from the network as you read it; dispose it.");
        }
        else if (operation.IsTextForm)
        {
            w.Doc("returns", (operation.Success.Description is null ? "The response body" : CSharpLiteral.XmlDocText(operation.Success.Description).TrimEnd('.'))
                + ", as text (<c>" + CSharpLiteral.XmlDocText(string.Join(", ", operation.AcceptMediaTypes)) + "</c>) rather than JSON.");
        }
        else if (operation.Success.BodyType is not null)
        {
            w.Doc("returns", operation.Success.Description is null ? "The response body." : CSharpLiteral.XmlDocText(operation.Success.Description));
        }

        w.Line("/// <exception cref=\"global::System.ArgumentException\">An argument breaks a rule of the API description; nothing was sent.</exception>");
        w.Line("/// <exception cref=\"" + Runtime + ".ApiException\">The service answered with an error.</exception>");
    }

    private void EmitArgumentChecks(SourceWriter w, List<ParameterSpec> required, List<ParameterSpec> optional, RequestBodySpec? body, OperationLocals locals)
    {
        bool any = false;
        foreach (ParameterSpec parameter in required.Concat(optional))
        {
            // One line per parameter: a parameter with rules calls the method the validation plan shares among all
            // parameters with the same rules; the rest need at most a null check (a string path parameter is checked
            // where it is appended to the path).
            string nameOf = "nameof(" + parameter.Name + ")";
            if (parameter.CheckMethodName is { } check)
            {
                string call = _validationPlan.ClassName + "." + check + "(" + ValueOf(parameter) + ", " + nameOf + ");";
                w.Line(parameter.IsRequired ? call : "if (" + parameter.Name + " is object) " + call);
                any = true;
            }
            else if (parameter.IsRequired && !parameter.Type.IsValueType && !NeedsPathSegmentCheck(parameter))
            {
                w.Line("if (" + parameter.Name + " is null) throw " + Internal + ".ArgumentErrors.Required(" + nameOf + ");");
                any = true;
            }

            if (parameter.Location == ParameterPlacement.Part || parameter.Type.Kind == ValueKind.Model)
            {
                // A model sent as a JSON part, or a union sent as a path, query or header parameter, is checked as a
                // JSON body would be (its null check is above): the alternative held against its own rules.
                any |= EmitBodyValidation(w, new RequestBodySpec { ParameterName = parameter.Name, Encoding = BodyEncoding.Json, Type = parameter.Type, IsRequired = parameter.IsRequired, Description = null }, locals);
            }
        }

        if (body is not null)
        {
            if (body.IsRequired && !body.Type.IsValueType)
            {
                w.Line("if (" + body.ParameterName + " is null) throw " + Internal + ".ArgumentErrors.Required(nameof(" + body.ParameterName + "));");
                any = true;
            }

            any |= FormBodyEmitter.EmitSubtypeRefusal(w, body, _models);
            any |= EmitBodyValidation(w, body, locals);
            any |= RawBodyEmitter.EmitContentTypeCheck(w, body);
        }

        if (any)
        {
            w.Line();
        }
    }

    // Request models are checked before sending, and so is every model in an array or map body.
    private bool EmitBodyValidation(SourceWriter w, RequestBodySpec body, OperationLocals locals)
    {
        string name = body.ParameterName;
        TypeRefSpec type = body.Type;
        bool any = false;
        if (body.CheckMethodName is { } check)
        {
            // A list body's own rules (minItems, rules on its items); models in it are checked below.
            string call = _validationPlan.ClassName + "." + check + "(" + name + (!body.IsRequired && type.IsValueType ? ".Value" : "") + ", nameof(" + name + "));";
            w.Line(body.IsRequired ? call : "if (" + name + " is object) " + call);
            any = true;
        }

        if (type.Kind == ValueKind.Model && ValidatorOf(type) is { } validator)
        {
            string call = validator + "(" + name + ", nameof(" + name + "));";
            w.Line(body.IsRequired ? call : "if (" + name + " is object) " + call);
            return true;
        }

        if (type.Kind is ValueKind.Array or ValueKind.Map && type.Element is { Kind: ValueKind.Model } element && ValidatorOf(element) is { } itemValidator)
        {
            // A required body was checked for null above: testing it again would make the compiler treat it as maybe-null (CS8622).
            if (!body.IsRequired)
            {
                w.OpenBlock("if (" + name + " is object)");
            }

            // Each model is checked as a lone body would be, under body[3] or body['key']; a null one is refused.
            string item = locals.Item, itemName = locals.ItemName;
            if (type.Kind == ValueKind.Array)
            {
                string i = locals.Index;
                w.OpenBlock("for (int " + i + " = 0; " + i + " < " + name + ".Count; " + i + "++)");
                w.Line("string " + itemName + " = nameof(" + name + ") + \"[\" + " + i + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\";");
                w.Line("var " + item + " = " + name + "[" + i + "] ?? throw " + Internal + ".ArgumentErrors.Required(" + itemName + ");");
            }
            else
            {
                string entry = locals.Entry;
                w.OpenBlock("foreach (var " + entry + " in " + name + ")");
                w.Line("string " + itemName + " = " + Internal + ".ArgumentErrors.EntryName(nameof(" + name + "), " + entry + ".Key);");
                w.Line("var " + item + " = " + entry + ".Value ?? throw " + Internal + ".ArgumentErrors.Required(" + itemName + ");");
            }

            w.Line(itemValidator + "(" + item + ", " + itemName + ");");
            w.CloseBlock();
            if (!body.IsRequired)
            {
                w.CloseBlock();
            }

            return true;
        }

        return any;
    }

    // accept: the variable holding the Accept value when the request method is shared with a text form, else null (the
    // operation's own is written). caller: who needs credentials, for the message when none are set.
    private void EmitRequest(SourceWriter w, ClientSpec client, OperationSpec operation, RequestBodySpec? body, OperationLocals locals, string? accept, string caller)
    {
        string uri = locals.Uri, request = locals.Request;
        w.Line("var " + uri + " = new " + Internal + ".RequestUriBuilder(" + BaseAddress(client, operation) + ");");
        foreach (PathSegmentSpec segment in operation.PathSegments)
        {
            if (segment.Literal is not null)
            {
                w.Line(uri + ".AppendPath(" + CSharpLiteral.String(segment.Literal) + ");");
            }
            else
            {
                ParameterSpec parameter = operation.Parameters.First(p => p.Name == segment.ParameterName);
                w.Line(uri + ".AppendPathParameter(" + (parameter.UnionTextMethodName is { } text
                    ? parameter.Name + "." + text + "(), nameof(" + parameter.Name + ")"
                    : NeedsPathSegmentCheck(parameter) ? parameter.Name + ", nameof(" + parameter.Name + ")"
                    : Format(parameter.Type, parameter.Name)) + ");");
            }
        }

        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.Location == ParameterPlacement.Query))
        {
            EmitQuery(w, parameter, locals);
        }

        w.Line();
        // An Accept header sent whatever the arguments is set where the request is made.
        string? acceptValue = accept ?? (AcceptOf(operation) is { } literal ? CSharpLiteral.String(literal) : null);
        string? acceptGiven = TransportHeaderEmitter.UnlessGiven(operation, "Accept");
        bool acceptAlways = acceptValue is not null && acceptGiven is null;
        string newRequest = uri + ".ToRequest(" + MethodExpression(client, operation.HttpMethod) + (acceptAlways ? ", " + acceptValue : "") + ");";
        bool inFunction = _security.BuildsRequestInFunction(operation);
        if (inFunction)
        {
            if (_security.ResendsRequest(operation))
            {
                SecurityEmitter.EmitStreamStart(w, body, locals);
            }

            w.OpenBlock("global::System.Net.Http.HttpRequestMessage " + locals.CreateRequest + "()");
            w.Line("var " + request + " = " + newRequest);
        }
        else
        {
            // Handed to the runtime's send, which disposes it: its content, the one thing it holds to dispose, is
            // set last, after every check that may throw, so a request refused before that holds nothing to release.
            w.Line("var " + request + " = " + newRequest);
            _security.EmitApply(w, client, operation, locals, caller);
        }

        if (acceptValue is not null && acceptGiven is not null && acceptGiven != "false")
        {
            w.Line("if (" + acceptGiven + ") " + request + ".Headers.TryAddWithoutValidation(\"Accept\", " + acceptValue + ");");
        }

        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.Location == ParameterPlacement.Header))
        {
            // Checked for CR, LF and NUL before it is added: a header value must not be able to start another header.
            string add = Internal + ".RequestHeaders.Add(" + request + ", " + CSharpLiteral.String(parameter.WireName) + ", ";
            string nameOf = ", nameof(" + parameter.Name + "));";
            if (parameter.UnionTextMethodName is { } text)
            {
                EmitIfPresent(w, parameter, () => w.Line(add + parameter.Name + "." + text + "()" + nameOf));
            }
            else if (parameter.Type.Kind == ValueKind.Array)
            {
                string join = JoinCommas(parameter.Type.Element!, parameter.Name, locals.Item);
                EmitIfPresent(w, parameter, () => w.Line(add + join + nameOf));
            }
            else
            {
                EmitIfPresent(w, parameter, () => w.Line(add + Format(parameter.Type, ValueOf(parameter)) + nameOf));
            }
        }

        if (body is not null)
        {
            if (inFunction && _security.ResendsRequest(operation))
            {
                SecurityEmitter.EmitStreamRewind(w, body, locals);
            }

            EmitBody(w, body, locals);
        }
        else if (operation.Multipart is { } multipart)
        {
            // Built inside the request function too: a file part rewinds its stream itself when the request is sent again.
            MultipartBodyEmitter.Emit(w, multipart, operation.Parameters, WriterOf, locals);
        }

        if (inFunction)
        {
            w.Line("return " + request + ";");
            w.CloseBlock();
            w.Line();
            _security.EmitSendFunction(w, client, operation, locals);
            return;
        }

        w.BlankLine();
    }

    private void EmitQuery(SourceWriter w, ParameterSpec parameter, OperationLocals locals)
    {
        string uri = locals.Uri, item = locals.Item;
        string name = CSharpLiteral.String(parameter.WireName);
        if (parameter.UnionTextMethodName is { } text)
        {
            string explode = "explode: " + (parameter.Explode ? "true" : "false");
            string separator = parameter.ListSeparator == "," ? "" : ", separator: " + CSharpLiteral.String(parameter.ListSeparator);
            EmitIfPresent(w, parameter, () => w.Line(uri + ".AppendQuery(" + name + ", " + parameter.Name + "." + text + "(), " + explode + ", nameof(" + parameter.Name + ")" + separator + ");"));
            return;
        }

        if (parameter.Type.Kind == ValueKind.Array)
        {
            TypeRefSpec element = parameter.Type.Element!;
            EmitIfPresent(w, parameter, () =>
            {
                if (parameter.Explode)
                {
                    w.OpenBlock("foreach (var " + item + " in " + parameter.Name + ")");
                    w.Line(uri + ".AppendQuery(" + name + ", " + Format(element, item) + ");");
                    w.CloseBlock();
                }
                else
                {
                    string items = element.Kind == ValueKind.String
                        ? parameter.Name
                        : "global::System.Linq.Enumerable.Select(" + parameter.Name + ", " + item + " => " + Format(element, item) + ")";
                    string separator = parameter.ListSeparator == "," ? "" : ", " + CSharpLiteral.String(parameter.ListSeparator);
                    w.Line(uri + ".AppendQueryList(" + name + ", " + items + separator + ");");
                }
            });
            return;
        }

        EmitIfPresent(w, parameter, () => w.Line(uri + ".AppendQuery(" + name + ", " + Format(parameter.Type, ValueOf(parameter)) + ");"));
    }

    // style=simple / form with explode=false: one value, items separated by commas.
    private static string JoinCommas(TypeRefSpec element, string collection, string item) => Join("\",\"", element, collection, item);

    /// <summary>
    /// One value holding every item of <paramref name="collection"/>, separated by <paramref name="delimiterLiteral"/>;
    /// <paramref name="item"/> names the lambda parameter.
    /// </summary>
    internal static string Join(string delimiterLiteral, TypeRefSpec element, string collection, string item) => element.Kind == ValueKind.String
        ? "string.Join(" + delimiterLiteral + ", " + collection + ")"
        : "string.Join(" + delimiterLiteral + ", global::System.Linq.Enumerable.Select(" + collection + ", " + item + " => " + Format(element, item) + "))";

    private static void EmitIfPresent(SourceWriter w, ParameterSpec parameter, System.Action emit)
    {
        if (parameter.IsRequired)
        {
            emit();
            return;
        }

        w.OpenBlock("if (" + parameter.Name + " is object)");
        emit();
        w.CloseBlock();
    }

    // A string path parameter without rules of its own: only null, empty and dot-segments are refused, where it is
    // appended to the path (RequestUriBuilder.AppendPathParameter(value, name)), still before anything is sent.
    private static bool NeedsPathSegmentCheck(ParameterSpec parameter) =>
        parameter.CheckMethodName is null && parameter.Location == ParameterPlacement.Path && parameter.Type.Kind == ValueKind.String;

    private static string ValueOf(ParameterSpec parameter) =>
        !parameter.IsRequired && parameter.Type.IsValueType ? parameter.Name + ".Value" : parameter.Name;

    private void EmitBody(SourceWriter w, RequestBodySpec body, OperationLocals locals)
    {
        if (!body.IsRequired)
        {
            w.OpenBlock("if (" + body.ParameterName + " is object)");
        }

        string value = body.ParameterName + (!body.IsRequired && body.Type.IsValueType ? ".Value" : "");
        if (body.Encoding == BodyEncoding.FormUrlEncoded)
        {
            FormBodyEmitter.Emit(w, body, value, WriterOf, locals);
        }
        else if (body.Encoding is BodyEncoding.Text or BodyEncoding.Binary)
        {
            RawBodyEmitter.EmitContent(w, body, value, locals.Request);
        }
        else
        {
            string mediaType = body.MediaTypes.Count > 0 ? ", " + CSharpLiteral.String(body.MediaTypes[0]) : "";
            w.Line(locals.Request + ".Content = " + Internal + ".JsonContentFactory.Create(" + value + ", " + WriterOf(body.Type) + mediaType + ");");
        }

        if (!body.IsRequired)
        {
            w.CloseBlock();
        }
    }

    // One static field per error map of the client: a factory when one model (or none) takes every status, else a
    // function testing the statuses in order. Fields, not methods: a method group passed as a delegate allocates one
    // per call before C# 11, and the generated code must stay cheap under C# 8.
    private void EmitErrorMaps(SourceWriter w, ClientSpec client)
    {
        const string FuncType = "global::System.Func<global::System.Net.Http.HttpResponseMessage, byte[], " + Runtime + ".ApiException>";
        w.Line();
        w.Line("// How the operations turn error answers into exceptions; operations whose errors map alike share one.");
        foreach (ErrorMapSpec map in client.ErrorMaps)
        {
            if (map != client.ErrorMaps[0])
            {
                w.Line();
            }

            string fallback = map.FallbackModelName is { } name ? FactoryName(_models[name]) : _document.ExceptionFactoryClassName + ".CreateException";
            string declaration = "private static readonly " + FuncType + " " + map.Name + " = ";
            if (map.Branches.Count == 0)
            {
                w.Line(declaration + fallback + ";");
                continue;
            }

            w.Line(declaration + "(response, content) =>");
            w.OpenBlock();
            w.Line("int status = (int)response.StatusCode;");
            foreach (ErrorBranchSpec branch in map.Branches)
            {
                string condition = string.Join(" || ", branch.StatusPatterns.Select(p => ErrorMaps.IsRange(p) ? "status / 100 == " + p.Substring(0, 1) : "status == " + p));
                w.OpenBlock("if (" + condition + ")");
                w.Line("return " + FactoryName(_models[branch.ModelName]) + "(response, content);");
                w.CloseBlock();
                w.Line();
            }

            w.Line("return " + fallback + "(response, content);");
            w.CloseBlock(";");
        }
    }

    private ModelSpec? ErrorModel(ErrorResponseSpec error) =>
        error.BodyType is { Kind: ValueKind.Model } type && _models.TryGetValue(type.Name!, out ModelSpec? model) ? model : null;

    /// <summary>The exception factories of the document, shared by its clients: one per error model.</summary>
    public string EmitExceptionFactories() => SourceFile.Write(_document, w =>
    {
        var errorModels = _document.Clients.SelectMany(c => c.Operations).SelectMany(o => o.Errors).Select(ErrorModel)
            .Concat(_document.Clients.SelectMany(c => c.Operations).Select(o => o.Success.BodyType is { Kind: ValueKind.Model } t && _models[t.Name!].SuccessCondition is not null ? _models[t.Name!] : null))
            .Where(m => m is not null)
            .Select(m => m!)
            .GroupBy(m => m.Name)
            .Select(g => g.First())
            .OrderBy(m => m.Name, System.StringComparer.Ordinal)
            .ToList();

        w.Summary("Turns the service's error answers into exceptions, one factory per error model of the API description.");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.OpenBlock("internal static partial class " + _document.ExceptionFactoryClassName);
        w.Line("private const string ServiceName = " + CSharpLiteral.String(_document.ServiceName) + ";");
        w.Line();
        w.OpenBlock("internal static " + Runtime + ".ApiException CreateException(global::System.Net.Http.HttpResponseMessage response, byte[] content)");
        w.Line("return new " + Runtime + ".ApiException(ServiceName, (int)response.StatusCode, response.ReasonPhrase, null, null, " + Internal + ".JsonResponseReader.GetText(content), " + Internal + ".ResponseContent.GetRetryAfter(response));");
        w.CloseBlock();

        foreach (ModelSpec model in errorModels)
        {
            string read = _serializer + "." + model.Names.Reader;
            string factory = model.Names.ExceptionFactory;
            w.Line();
            w.OpenBlock("internal static " + Runtime + ".ApiException " + factory + "(global::System.Net.Http.HttpResponseMessage response, byte[] content)");
            w.Line("return " + factory + "(response, content, " + Internal + ".JsonResponseReader.TryRead(content, " + read + "));");
            w.CloseBlock();
            w.Line();
            w.OpenBlock("internal static " + Runtime + ".ApiException " + factory + "(global::System.Net.Http.HttpResponseMessage response, byte[] content, " + model.Name + "? error)");
            w.Line("return new " + Runtime + ".ApiException<" + model.Name + ">(");
            w.Indent();
            w.Line("ServiceName,");
            w.Line("(int)response.StatusCode,");
            w.Line("response.ReasonPhrase,");
            w.Line(CodeExpression(model) + ",");
            w.Line(MessageExpression(model) + ",");
            w.Line(Internal + ".JsonResponseReader.GetText(content),");
            w.Line(Internal + ".ResponseContent.GetRetryAfter(response),");
            w.Line("error);");
            w.Outdent();
            w.CloseBlock();
        }

        w.CloseBlock();
    });

    private string CodeExpression(ModelSpec model) => ScalarText(model, model.ErrorShape?.CodePropertyName);

    private string MessageExpression(ModelSpec model) => ScalarText(model, model.ErrorShape?.MessagePropertyName);

    private string ScalarText(ModelSpec model, string? propertyName)
    {
        PropertySpec? property = propertyName is null ? null : model.Properties.FirstOrDefault(p => p.Name == propertyName);
        if (property is null)
        {
            return "null";
        }

        if (property.WireValuePropertyName is not null)
        {
            return "error?." + property.WireValuePropertyName;
        }

        return property.Type.Kind switch
        {
            ValueKind.String => "error?." + property.Name,
            ValueKind.Int32 or ValueKind.Int64 => "error?." + property.Name + (property.IsOptionalInCSharp ? "?" : "") + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
            _ => "null",
        };
    }

    private string? ValidatorOf(TypeRefSpec model) =>
        _models.TryGetValue(model.Name!, out ModelSpec? spec) && spec.Names.Validator is { } validator ? _validationPlan.ClassName + "." + validator : null;

    private string FactoryName(ModelSpec model) => _document.ExceptionFactoryClassName + "." + model.Names.ExceptionFactory;

    // The serializer's reader and writer of a body: a model's own, or the one named for the body's type.
    private string ReaderOf(TypeRefSpec type) =>
        _serializer + "." + (type.Kind == ValueKind.Model ? _models[type.Name!].Names.Reader : BodyMethodSpec.For(_document.BodyReaders, type));

    private string WriterOf(TypeRefSpec type) =>
        _serializer + "." + (type.Kind == ValueKind.Model ? _models[type.Name!].Names.Writer : BodyMethodSpec.For(_document.BodyWriters, type));

    /// <summary>The text of a parameter value for a path, query or header.</summary>
    internal static string Format(TypeRefSpec type, string expression) => type.Kind switch
    {
        ValueKind.String => expression,
        ValueKind.Enum => expression + ".ToWireValue()",
        _ => Internal + ".WireFormat.Format(" + expression + ")",
    };

    // A method netstandard2.0's HttpMethod has no property for is a field of the client.
    private static string MethodExpression(ClientSpec client, string method) =>
        ClientFieldSpec.Of(client.HttpMethodFields, method)
        ?? "global::System.Net.Http.HttpMethod." + method.Substring(0, 1) + method.Substring(1).ToLowerInvariant();

    /// <summary>The base address an operation's request starts from: its server's field, or <c>_endpoint</c>.</summary>
    private static string BaseAddress(ClientSpec client, OperationSpec operation) =>
        operation.ServerPropertyName is { } server ? ClientFieldSpec.Of(client.ServerFields, server)! : "_endpoint";
}
