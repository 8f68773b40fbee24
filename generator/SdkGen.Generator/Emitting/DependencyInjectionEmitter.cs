using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Emits <c>services.Add{Client}(…)</c> for every client: a typed client of <c>IHttpClientFactory</c> whose options are
/// bound, then checked when the host starts, by constructing the client with them (so the start-up check is exactly
/// the constructor's, whatever the options hold). Each client gets options named after it, so clients that share an
/// options class (one per tag) are configured separately. Returns the <c>IHttpClientBuilder</c>: retries are one call
/// on it (<c>AddStandardResilienceHandler()</c>), as Microsoft documents for every typed client, so no wrapper is emitted.
/// </summary>
internal static class DependencyInjectionEmitter
{
    private const string DI = "global::Microsoft.Extensions.DependencyInjection.";
    private const string OptionsNs = "global::Microsoft.Extensions.Options.";
    private const string Builder = DI + "IHttpClientBuilder";
    private const string Services = DI + "IServiceCollection";
    private const string ValidatorName = "ClientOptionsValidator";

    public static string Emit(DocumentSpec document) => SourceFile.Write(document, w => EmitClass(w, document));

    private static void EmitClass(SourceWriter w, DocumentSpec document)
    {
        // Qualified: a client or model may be named like a member of this class (ClientOptionsValidator, Register…).
        string options = "global::" + document.Namespace + "." + document.Options.Name;
        w.Summary("Registers the " + CSharpLiteral.XmlDocText(document.ServiceName) + " clients with <c>IHttpClientFactory</c>.");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.OpenBlock(Accessibility.Of(document) + " static partial class " + document.DependencyInjectionClassName);
        foreach (ClientSpec client in document.Clients)
        {
            EmitAddClient(w, document, client, options);
        }

        EmitRegister(w, options);
        w.Line();
        EmitValidator(w, document, options);
        w.CloseBlock();
    }

    private static void EmitAddClient(SourceWriter w, DocumentSpec document, ClientSpec client, string options)
    {
        string name = CSharpLiteral.String(document.Namespace + "." + client.Name);
        string type = "global::" + document.Namespace + "." + client.Name;
        string create = "(httpClient, clientOptions) => new " + type + "(httpClient, clientOptions)";

        w.Summary("Registers <see cref=\"" + client.Name + "\"/> as a typed client of <c>IHttpClientFactory</c>, with options set by\n"
            + "<paramref name=\"configure\"/> and checked when the host starts (an endpoint or server variable the client cannot use\n"
            + "fails start-up with the client's own message).");
        w.Line("/// <returns>The client's builder: add handlers to it, e.g. <c>.AddStandardResilienceHandler()</c> from Microsoft.Extensions.Http.Resilience for retries.</returns>");
        w.OpenBlock("public static " + Builder + " " + client.RegistrationMethodName + "(this " + Services + " services, global::System.Action<" + options + "> configure)");
        w.OpenBlock("if (configure is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(configure));");
        w.CloseBlock();
        w.Line();
        EmitReturn(w, document, client, "Register<" + type + ">(services, " + name + ", " + create + ", options => options.Configure(configure))");
        w.CloseBlock();
        w.Line();

        w.Summary("Registers <see cref=\"" + client.Name + "\"/> as a typed client of <c>IHttpClientFactory</c>, with options bound from\n"
            + "<paramref name=\"configuration\"/> (e.g. <c>Endpoint</c>, <c>MaxResponseContentLength</c>) and checked when the host starts.");
        w.Line("/// <remarks>Binding by reflection: for Native AOT or trimming, use the overload taking <c>configure</c> and call");
        w.Line("/// <c>section.Bind(options)</c> in it, which the configuration binding source generator then handles.</remarks>");
        w.Line("/// <returns>The client's builder: add handlers to it, e.g. <c>.AddStandardResilienceHandler()</c> from Microsoft.Extensions.Http.Resilience for retries.</returns>");
        w.Line("#if NET5_0_OR_GREATER");
        w.Line("[global::System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(\"Binds " + document.Options.Name + " from configuration by reflection. Use the overload taking an Action and bind there.\")]");
        w.Line("#endif");
        w.Line("#if NET7_0_OR_GREATER");
        w.Line("[global::System.Diagnostics.CodeAnalysis.RequiresDynamicCode(\"Binds " + document.Options.Name + " from configuration by reflection. Use the overload taking an Action and bind there.\")]");
        w.Line("#endif");
        w.OpenBlock("public static " + Builder + " " + client.RegistrationMethodName + "(this " + Services + " services, global::Microsoft.Extensions.Configuration.IConfiguration configuration)");
        w.OpenBlock("if (configuration is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(configuration));");
        w.CloseBlock();
        w.Line();
        EmitReturn(w, document, client, "Register<" + type + ">(services, " + name + ", " + create + ", options => " + DI + "OptionsBuilderConfigurationExtensions.Bind(options, configuration))");
        w.CloseBlock();
        w.Line();
    }

    // With SdkGenClientInterface the interface resolves to the same typed client, so code can depend on I{Client}.
    private static void EmitReturn(SourceWriter w, DocumentSpec document, ClientSpec client, string register)
    {
        if (client.InterfaceName is null)
        {
            w.Line("return " + register + ";");
            return;
        }

        string qualified = "global::" + document.Namespace + ".";
        w.Line(Builder + " builder = " + register + ";");
        w.Line(DI + "Extensions.ServiceCollectionDescriptorExtensions.TryAddTransient<" + qualified + client.InterfaceName + ">(services, provider =>");
        w.Line("    " + DI + "ServiceProviderServiceExtensions.GetRequiredService<" + qualified + client.Name + ">(provider));");
        w.Line("return builder;");
    }

    private static void EmitRegister(SourceWriter w, string options)
    {
        string optionsBuilder = OptionsNs + "OptionsBuilder<" + options + ">";
        w.Line("private static " + Builder + " Register<TClient>(" + Services + " services, string name, global::System.Func<global::System.Net.Http.HttpClient, " + options + ", TClient> create, global::System.Action<" + optionsBuilder + "> configure)");
        w.Indent().Line("where TClient : class").Outdent().OpenBlock();
        w.OpenBlock("if (services is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(services));");
        w.CloseBlock();
        w.Line();
        w.Line(optionsBuilder + " options = " + DI + "OptionsServiceCollectionExtensions.AddOptions<" + options + ">(services, name);");
        w.Line("configure(options);");
        w.Line(DI + "OptionsBuilderExtensions.ValidateOnStart(options);");
        w.Line("// One validator per client name, however often Add is called (keyed descriptors throw on ImplementationInstance).");
        w.OpenBlock("foreach (" + DI + "ServiceDescriptor service in services)");
        w.OpenBlock("if (!service.IsKeyedService && service.ImplementationInstance is " + ValidatorName + " registered && registered.Name == name)");
        w.Line("return Add(services, name, create);");
        w.CloseBlock();
        w.CloseBlock();
        w.Line();
        w.Line(DI + "ServiceCollectionServiceExtensions.AddSingleton<" + OptionsNs + "IValidateOptions<" + options + ">>(services, new " + ValidatorName + "(name, create));");
        w.Line("return Add(services, name, create);");
        w.CloseBlock();
        w.Line();
        w.Line("private static " + Builder + " Add<TClient>(" + Services + " services, string name, global::System.Func<global::System.Net.Http.HttpClient, " + options + ", TClient> create)");
        w.Indent().Line("where TClient : class").Outdent().OpenBlock();
        // Typed lambda parameters: an overload taking Action<IServiceProvider, HttpClient> would match too.
        w.Line("return " + DI + "HttpClientFactoryServiceCollectionExtensions.AddHttpClient<TClient, TClient>(services, name, (global::System.Net.Http.HttpClient httpClient, global::System.IServiceProvider provider) =>");
        w.Line("    create(httpClient, " + DI + "ServiceProviderServiceExtensions.GetRequiredService<" + OptionsNs + "IOptionsMonitor<" + options + ">>(provider).Get(name)));");
        w.CloseBlock();
    }

    private static void EmitValidator(SourceWriter w, DocumentSpec document, string options)
    {
        w.Summary("Checks a client's options by constructing the client with them: the constructor's checks, and only those.");
        w.OpenBlock("private sealed class " + ValidatorName + " : " + OptionsNs + "IValidateOptions<" + options + ">");
        w.Line("private readonly global::System.Func<global::System.Net.Http.HttpClient, " + options + ", object> _create;");
        w.Line();
        w.OpenBlock("public " + ValidatorName + "(string name, global::System.Func<global::System.Net.Http.HttpClient, " + options + ", object> create)");
        w.Line("Name = name;");
        w.Line("_create = create;");
        w.CloseBlock();
        w.Line();
        w.Line("public string Name { get; }");
        w.Line();
        w.OpenBlock("public " + OptionsNs + "ValidateOptionsResult Validate(string? name, " + options + " options)");
        w.OpenBlock("if (name != Name)");
        w.Line("return " + OptionsNs + "ValidateOptionsResult.Skip;");
        w.CloseBlock();
        w.Line();
        w.Line("// Never used to send: the constructor only keeps it.");
        w.Line("using var httpClient = new global::System.Net.Http.HttpClient();");
        w.OpenBlock("try");
        w.Line("_create(httpClient, options);");
        w.Line("return " + OptionsNs + "ValidateOptionsResult.Success;");
        w.CloseBlock();
        w.OpenBlock("catch (global::System.ArgumentException exception)");
        w.Line("return " + OptionsNs + "ValidateOptionsResult.Fail(\"" + document.Options.Name + " for \" + Name + \": \" + exception.Message);");
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
    }
}
