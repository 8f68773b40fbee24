using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SdkGen.Recording.DependencyInjection;
using SdkGen.Recording.Genesys;

namespace SdkGen.Recording;

/// <summary>
/// Registers recording controls with dependency injection: an <c>IHttpClientFactory</c> client per vendor,
/// options read from configuration and validated at start-up, and the control as <see cref="IRecordingControl"/>
/// (keyed by <see cref="RecordingVendor"/>) and as its own type for vendor-specific calls.
/// </summary>
/// <example>
/// <code>
/// services.AddTwilioRecordingControl(configuration.GetSection("Recording:Twilio"));
/// // then inject IRecordingControl, [FromKeyedServices(RecordingVendor.Twilio)] IRecordingControl, or TwilioRecordingControl
/// </code>
/// </example>
public static class RecordingServiceCollectionExtensions
{
    /// <summary>The name of each vendor's HttpClient, to add handlers with <c>services.AddHttpClient(name)</c>.</summary>
    public static string HttpClientName(RecordingVendor vendor) => "SdkGen.Recording." + vendor;

    /// <summary>
    /// Adds Bandwidth from a configuration section: <c>AccountId</c>, <c>ClientId</c> and <c>ClientSecret</c> (OAuth 2.0,
    /// optionally <c>TokenUrl</c>) or, legacy, <c>Username</c> and <c>Password</c> (an API user, decommissioned by
    /// Bandwidth on 2026-12-02); <c>Endpoint</c>, <c>Resilience:*</c>.
    /// </summary>
    public static IHttpClientBuilder AddBandwidthRecordingControl(this IServiceCollection services, IConfiguration section) =>
        services.AddBandwidthRecordingControl(options =>
        {
            RecordingOptionsBinder.BindCommon(section, options);
            options.Username = RecordingOptionsBinder.String(section, "Username") ?? options.Username;
            options.Password = RecordingOptionsBinder.String(section, "Password") ?? options.Password;
            options.AccountId = RecordingOptionsBinder.String(section, "AccountId") ?? options.AccountId;
            options.ClientId = RecordingOptionsBinder.String(section, "ClientId") ?? options.ClientId;
            options.ClientSecret = RecordingOptionsBinder.String(section, "ClientSecret") ?? options.ClientSecret;
            options.TokenUrl = RecordingOptionsBinder.AbsoluteUri(section, "TokenUrl") ?? options.TokenUrl;
        });

    /// <summary>Adds Bandwidth configured in code.</summary>
    public static IHttpClientBuilder AddBandwidthRecordingControl(this IServiceCollection services, Action<BandwidthRecordingControlOptions> configure) =>
        Add<BandwidthRecordingControl, BandwidthRecordingControlOptions>(services, RecordingVendor.Bandwidth, configure,
            (http, options, sp) => new BandwidthRecordingControl(http, options, sp.GetService<ILogger<BandwidthRecordingControl>>(), sp.GetService<TimeProvider>()));

    /// <summary>Adds Twilio from a configuration section (<c>AccountSid</c>, <c>AuthToken</c>, <c>ApiKeySid</c>, <c>PauseBehavior</c>, <c>Endpoint</c>, <c>Resilience:*</c>).</summary>
    public static IHttpClientBuilder AddTwilioRecordingControl(this IServiceCollection services, IConfiguration section) =>
        services.AddTwilioRecordingControl(options =>
        {
            RecordingOptionsBinder.BindCommon(section, options);
            options.AccountSid = RecordingOptionsBinder.String(section, "AccountSid") ?? options.AccountSid;
            options.AuthToken = RecordingOptionsBinder.String(section, "AuthToken") ?? options.AuthToken;
            options.ApiKeySid = RecordingOptionsBinder.String(section, "ApiKeySid") ?? options.ApiKeySid;
            options.PauseBehavior = RecordingOptionsBinder.Enum(section, "PauseBehavior", Twilio.PauseBehaviorExtensions.FromWireValue, Twilio.PauseBehavior.Unknown) ?? options.PauseBehavior;
        });

    /// <summary>Adds Twilio configured in code.</summary>
    public static IHttpClientBuilder AddTwilioRecordingControl(this IServiceCollection services, Action<TwilioRecordingControlOptions> configure) =>
        Add<TwilioRecordingControl, TwilioRecordingControlOptions>(services, RecordingVendor.Twilio, configure,
            (http, options, sp) => new TwilioRecordingControl(http, options, sp.GetService<ILogger<TwilioRecordingControl>>(), sp.GetService<TimeProvider>()));

    /// <summary>Adds Genesys Web Services from a configuration section (<c>Username</c>, <c>Password</c>, <c>Endpoint</c>, <c>UseCsrfProtection</c>, <c>ConfirmationTimeout</c>, <c>Resilience:*</c>).</summary>
    public static IHttpClientBuilder AddGenesysRecordingControl(this IServiceCollection services, IConfiguration section) =>
        services.AddGenesysRecordingControl(options =>
        {
            RecordingOptionsBinder.BindCommon(section, options);
            options.Username = RecordingOptionsBinder.String(section, "Username") ?? options.Username;
            options.Password = RecordingOptionsBinder.String(section, "Password") ?? options.Password;
            options.UseCsrfProtection = RecordingOptionsBinder.Bool(section, "UseCsrfProtection") ?? options.UseCsrfProtection;
            options.ConfirmationTimeout = RecordingOptionsBinder.Time(section, "ConfirmationTimeout") ?? options.ConfirmationTimeout;
        });

    /// <summary>Adds Genesys Web Services configured in code.</summary>
    public static IHttpClientBuilder AddGenesysRecordingControl(this IServiceCollection services, Action<GenesysRecordingControlOptions> configure)
    {
        IHttpClientBuilder builder = Add<GenesysRecordingControl, GenesysRecordingControlOptions>(services, RecordingVendor.Genesys, configure,
            (http, options, sp) => new GenesysRecordingControl(http, options, sp.GetService<ILogger<GenesysRecordingControl>>(), sp.GetService<TimeProvider>()));

        // The CSRF token belongs to the handler chain, so the control and its notifications share one session.
        return builder.AddHttpMessageHandler(sp => sp.GetRequiredService<IOptions<GenesysRecordingControlOptions>>().Value.UseCsrfProtection
            ? new GenesysCsrfHandler()
            : new PassThroughHandler());
    }

    /// <summary>Adds SignalWire from a configuration section (<c>ProjectId</c>, <c>ApiToken</c>, <c>SpaceName</c>, <c>PauseBehavior</c>, <c>Endpoint</c>, <c>Resilience:*</c>).</summary>
    public static IHttpClientBuilder AddSignalWireRecordingControl(this IServiceCollection services, IConfiguration section) =>
        services.AddSignalWireRecordingControl(options =>
        {
            RecordingOptionsBinder.BindCommon(section, options);
            options.ProjectId = RecordingOptionsBinder.String(section, "ProjectId") ?? options.ProjectId;
            options.ApiToken = RecordingOptionsBinder.String(section, "ApiToken") ?? options.ApiToken;
            options.SpaceName = RecordingOptionsBinder.String(section, "SpaceName") ?? options.SpaceName;
            options.PauseBehavior = RecordingOptionsBinder.Enum(section, "PauseBehavior", SignalWire.PauseBehaviorExtensions.FromWireValue, SignalWire.PauseBehavior.Unknown) ?? options.PauseBehavior;
        });

    /// <summary>Adds SignalWire configured in code.</summary>
    public static IHttpClientBuilder AddSignalWireRecordingControl(this IServiceCollection services, Action<SignalWireRecordingControlOptions> configure) =>
        Add<SignalWireRecordingControl, SignalWireRecordingControlOptions>(services, RecordingVendor.SignalWire, configure,
            (http, options, sp) => new SignalWireRecordingControl(http, options, sp.GetService<ILogger<SignalWireRecordingControl>>(), sp.GetService<TimeProvider>()));

#if NET
    private static IHttpClientBuilder Add<TControl, [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
#else
    private static IHttpClientBuilder Add<TControl, TOptions>(
#endif
        IServiceCollection services,
        RecordingVendor vendor,
        Action<TOptions> configure,
        Func<HttpClient, TOptions, IServiceProvider, TControl> create)
        where TControl : class, IRecordingControl
        where TOptions : RecordingControlOptions, new()
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.AddOptions<TOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, RecordingOptionsValidator<TOptions>>());

        string name = HttpClientName(vendor);
        IHttpClientBuilder builder = services.AddHttpClient(name, (sp, http) =>
        {
            // Polly owns attempt timeouts; HttpClient's own limit stays as a backstop above the overall deadline.
            http.Timeout = sp.GetRequiredService<IOptions<TOptions>>().Value.Resilience.OverallTimeout + TimeSpan.FromSeconds(5);
        });

        // The default HttpClient loggers write every request header at Trace level, and the structured state of those
        // events carries the raw values (Authorization included) even where RedactLoggedHeaders masks the text. The
        // SDK logs each operation itself, so its clients log no HTTP events at all. Redaction stays on for the text of
        // any logger an application adds back (whose structured state Microsoft's logger does not redact).
        builder.RemoveAllLoggers();
        builder.RedactLoggedHeaders(_ => true);

        services.TryAddTransient(sp => create(sp.GetRequiredService<IHttpClientFactory>().CreateClient(name), sp.GetRequiredService<IOptions<TOptions>>().Value, sp));
        services.AddKeyedTransient<IRecordingControl>(vendor, (sp, _) => sp.GetRequiredService<TControl>());
        services.AddTransient<IRecordingControl>(sp => sp.GetRequiredService<TControl>());
        return builder;
    }

    private sealed class PassThroughHandler : DelegatingHandler
    {
    }
}
