namespace SdkGen.Recording;

/// <summary>What every vendor's recording control needs: where the vendor is, and how to retry.</summary>
public abstract class RecordingControlOptions
{
    /// <summary>Send to this address instead of the vendor's (a proxy, a test server, the simulator).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Retries and timeouts; on by default.</summary>
    public RecordingResilienceOptions Resilience { get; set; } = new();

    /// <summary>The configuration section this vendor's options are usually read from, for error messages.</summary>
    internal abstract string SectionName { get; }

    /// <summary>What is missing or wrong, in words that name the setting; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (string problem in VendorProblems().Concat(Resilience.Problems()))
        {
            problems.Add(SectionName + ":" + problem);
        }

        if (Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            problems.Add(SectionName + ":Endpoint must be an absolute http(s) URL");
        }
        else if (Endpoint is { IsAbsoluteUri: true, UserInfo.Length: > 0 })
        {
            // Never echoed: user information in a URL is usually a credential.
            problems.Add(SectionName + ":Endpoint must not contain user information (user:password@); set the credentials in their own settings");
        }

        return problems;
    }

    internal abstract IEnumerable<string> VendorProblems();

    internal static IEnumerable<string> Required(params (string Name, string? Value)[] settings) =>
        settings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Name + " is required");

    internal void EnsureValid()
    {
        IReadOnlyList<string> problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid recording control options: " + string.Join("; ", problems) + ".");
        }
    }
}
