namespace SdkGen.Simulator.Http;

/// <summary>
/// The <c>type</c> values of Bandwidth Voice error bodies. Bandwidth's error page (dev.bandwidth.com/docs/voice/errors)
/// documents <c>validation</c> for 400, 404 ("Call [id] not found") and 405, <c>authentication-error</c> for 401 and
/// <c>authorization-error</c> for 403; its rate-limit page documents <c>error</c> for 429.
/// </summary>
internal static class BandwidthErrorTypes
{
    /// <summary>400, 404 and 405 (documented); 415 too (undocumented; the simulator's choice, as a request it rejects).</summary>
    public const string Validation = "validation";

    /// <summary>401: wrong credentials, or credentials without access to the account in the path (documented).</summary>
    public const string Authentication = "authentication-error";

    /// <summary>403: the user has no access to the Voice API (documented).</summary>
    public const string Authorization = "authorization-error";

    /// <summary>429 (documented on the rate-limit page); 503 too (undocumented; the simulator's choice).</summary>
    public const string Error = "error";
}
