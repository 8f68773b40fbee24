using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>Emits the options class: endpoint, server variables and credentials.</summary>
internal static class OptionsEmitter
{
    public static string Emit(DocumentSpec document) => SourceFile.Write(document, w => EmitClass(w, document));

    private static void EmitClass(SourceWriter w, DocumentSpec document)
    {
        OptionsSpec options = document.Options;
        w.Summary("Options for <see cref=\"" + document.ClientName + "\"/>: where requests go and which credentials they carry.");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.OpenBlock(Accessibility.Of(document) + " partial class " + options.Name);
        bool hasTemplate = options.DefaultServerUrl is not null;
        if (hasTemplate)
        {
            w.Summary(options.ServerVariables.Count == 0
                ? "The server named by the API description."
                : "The server named by the API description; each <c>{variable}</c> is filled from the property of the same name.");
            w.Line("public const string " + (options.ServerVariables.Count == 0 ? "DefaultEndpoint" : "EndpointTemplate") + " = " + CSharpLiteral.String(options.DefaultServerUrl!) + ";");
            w.Line();
        }

        w.Summary(hasTemplate
            ? "Where requests go, overriding the server in the API description (a proxy, a test server)."
            : "Where requests go. Required: the API description names no absolute server.");
        w.Line("public global::System.Uri? Endpoint { get; set; }");

        foreach (ServerVariableSpec variable in options.ServerVariables)
        {
            w.Line();
            EmitVariableProperty(w, variable);
        }

        SecurityEmitter.EmitOptionsProperties(w, options);

        w.Line();
        w.Summary("The largest response body, in bytes, the client reads into memory (default 4 MiB). A larger successful\n"
            + "body fails with <see cref=\"global::SdkGen.Runtime.ApiResponseTooLargeException\"/> without being read further;\n"
            + "of an error body at most 64 KiB is read, and 8 Ki characters of it are kept in the exception.");
        w.Line("public int MaxResponseContentLength { get; set; } = global::SdkGen.Runtime.Internal.ResponseContent.DefaultMaxContentLength;");
        w.Line();
        EmitResolveEndpoint(w, options);
        w.CloseBlock();
    }

    // Every branch writes statements only; the method's block opens and closes here, whatever the servers are.
    private static void EmitResolveEndpoint(SourceWriter w, OptionsSpec options)
    {
        w.Line("/// <summary>The absolute base address requests are sent to.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The endpoint or a server variable is missing or invalid.</exception>");
        w.OpenBlock("internal global::System.Uri ResolveEndpoint()");
        w.OpenBlock("if (Endpoint is object)");
        w.OpenBlock("if (!Endpoint.IsAbsoluteUri || (Endpoint.Scheme != \"http\" && Endpoint.Scheme != \"https\"))");
        w.Line("throw new global::System.ArgumentException(\"Endpoint must be an absolute http or https URI.\", nameof(Endpoint));");
        w.CloseBlock();
        w.Line();
        w.Line("return Endpoint;");
        w.CloseBlock();
        w.Line();
        if (options.DefaultServerUrl is null)
        {
            w.Line("throw new global::System.ArgumentException(\"Set Endpoint: the API description names no absolute server.\", nameof(Endpoint));");
        }
        else if (options.ServerVariables.Count == 0)
        {
            w.Line("return new global::System.Uri(DefaultEndpoint, global::System.UriKind.Absolute);");
        }
        else
        {
            EmitFillTemplate(w, "EndpointTemplate", options.ServerVariables, "Endpoint");
            w.Line("return new global::System.Uri(url, global::System.UriKind.Absolute);");
        }

        w.CloseBlock();
    }

    /// <summary>A server variable's options property, with its default.</summary>
    internal static void EmitVariableProperty(SourceWriter w, ServerVariableSpec variable)
    {
        string summary = (variable.Description is null ? "The <c>{" + CSharpLiteral.XmlDocText(variable.WireName) + "}</c> part of the server URL." : CSharpLiteral.XmlDocText(variable.Description))
            + (variable.AllowedValues.Count > 0 ? " One of: " + CSharpLiteral.XmlDocText(string.Join(", ", variable.AllowedValues)) + "." : "");
        w.Summary(summary);
        w.Line("public string? " + variable.PropertyName + " { get; set; }" + (variable.DefaultValue is null ? "" : " = " + CSharpLiteral.String(variable.DefaultValue) + ";"));
    }

    // Declares `url`: the template constant with each variable checked and filled in; `endpoint` is the property that
    // replaces the whole URL, named in the message when a variable is missing.
    internal static void EmitFillTemplate(SourceWriter w, string template, ImmutableEquatableArray<ServerVariableSpec> variables, string endpoint)
    {
        w.Line("string url = " + template + ";");
        foreach (ServerVariableSpec variable in variables)
        {
            string allowed = variable.AllowedValues.Count == 0
                ? "null"
                : "new[] { " + string.Join(", ", variable.AllowedValues.Select(CSharpLiteral.String)) + " }";
            string endpointArgument = endpoint == "Endpoint" ? "" : ", nameof(" + endpoint + ")";
            w.Line("url = url.Replace(" + CSharpLiteral.String("{" + variable.WireName + "}") + ", global::SdkGen.Runtime.Internal.ServerVariables.Require(" + variable.PropertyName + ", nameof(" + variable.PropertyName + "), " + allowed + endpointArgument + "));");
        }
    }
}
