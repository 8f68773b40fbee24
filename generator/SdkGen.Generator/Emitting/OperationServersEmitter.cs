using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Servers declared on paths or operations: one endpoint property per server in a second part of the options class,
/// and one resolved base address per server in each client that uses it.
/// </summary>
internal static class OperationServersEmitter
{
    /// <summary>The options file part, or null when every operation uses <c>Endpoint</c>.</summary>
    public static string? EmitOptions(DocumentSpec document)
    {
        OptionsSpec options = document.Options;
        if (options.OperationServers.Count == 0)
        {
            return null;
        }

        return SourceFile.Write(document, w => EmitServers(w, options, Accessibility.Of(document)));
    }

    private static void EmitServers(SourceWriter w, OptionsSpec options, string accessibility)
    {
        w.OpenBlock(accessibility + " partial class " + options.Name);
        bool first = true;
        foreach (OperationServerSpec server in options.OperationServers)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            EmitServer(w, server);
        }

        w.CloseBlock();
    }

    // Without variables: a Default{Name} constant. With them: a {Name}Template constant and an option per variable
    // ({Name minus Endpoint}{Variable}), filled and checked as the top-level server's are.
    private static void EmitServer(SourceWriter w, OperationServerSpec server)
    {
        bool templated = server.Variables.Count > 0;
        string constant = server.DefaultConstName;
        string url = templated ? server.UrlTemplate : server.DefaultUrl;
        bool absolute = url.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase) || url.StartsWith("{", System.StringComparison.Ordinal);
        string operations = CSharpLiteral.XmlDocText(string.Join(", ", server.Paths));
        w.Summary("The server the API description names for " + operations + (absolute ? "" : ", relative to <see cref=\"Endpoint\"/>")
            + (templated ? "; each <c>{variable}</c> is filled from its property." : "."));
        w.Line("public const string " + constant + " = " + CSharpLiteral.String(url) + ";");
        foreach (ServerVariableSpec variable in server.Variables)
        {
            w.Line();
            OptionsEmitter.EmitVariableProperty(w, variable);
        }

        w.Line();
        w.Summary("Where requests to " + operations + " go, overriding <see cref=\"" + constant + "\"/> (a proxy, a test server).");
        w.Line("public global::System.Uri? " + server.PropertyName + " { get; set; }");
        w.Line();
        w.Line("/// <exception cref=\"global::System.ArgumentException\">" + server.PropertyName + " is not an absolute http or https URI" + (templated ? ", or a server variable is missing or invalid" : "") + ".</exception>");
        w.OpenBlock("internal global::System.Uri " + server.ResolveMethodName + "()");
        w.OpenBlock("if (" + server.PropertyName + " is object)");
        w.OpenBlock("if (!" + server.PropertyName + ".IsAbsoluteUri || (" + server.PropertyName + ".Scheme != \"http\" && " + server.PropertyName + ".Scheme != \"https\"))");
        w.Line("throw new global::System.ArgumentException(\"" + server.PropertyName + " must be an absolute http or https URI.\", nameof(" + server.PropertyName + "));");
        w.CloseBlock();
        w.Line();
        w.Line("return " + server.PropertyName + ";");
        w.CloseBlock();
        w.Line();
        string value = constant;
        if (templated)
        {
            OptionsEmitter.EmitFillTemplate(w, constant, server.Variables, server.PropertyName);
            value = "url";
        }

        w.Line(absolute
            ? "return new global::System.Uri(" + value + ", global::System.UriKind.Absolute);"
            : "return new global::System.Uri(ResolveEndpoint(), " + value + ");");
        w.CloseBlock();
    }
}
