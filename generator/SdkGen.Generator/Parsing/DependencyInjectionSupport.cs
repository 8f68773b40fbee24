using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Whether the consuming project can compile the generated <c>Add{Client}</c> registrations: they call
/// <c>IHttpClientFactory</c> (Microsoft.Extensions.Http), bind options from configuration
/// (Microsoft.Extensions.Options.ConfigurationExtensions) and validate them at start-up (<c>ValidateOnStart</c>, in
/// Microsoft.Extensions.Options since 8.0). Microsoft.Extensions.Http 8.0 and later bring all three.
/// </summary>
internal static class DependencyInjectionSupport
{
    private const string HttpAssembly = "Microsoft.Extensions.Http";
    private const string OptionsAssembly = "Microsoft.Extensions.Options";
    private const string OptionsConfigurationAssembly = "Microsoft.Extensions.Options.ConfigurationExtensions";
    private static readonly Version s_firstWithValidateOnStart = new(8, 0, 0, 0);

    public static bool IsAvailable(IEnumerable<AssemblyIdentity> references)
    {
        bool http = false, configuration = false, options = false;
        foreach (AssemblyIdentity reference in references)
        {
            switch (reference.Name)
            {
                case HttpAssembly:
                    http = true;
                    break;
                case OptionsConfigurationAssembly:
                    configuration = true;
                    break;
                case OptionsAssembly:
                    options = reference.Version >= s_firstWithValidateOnStart;
                    break;
            }
        }

        return http && configuration && options;
    }
}
