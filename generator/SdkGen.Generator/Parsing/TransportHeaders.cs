using System;
using Microsoft.OpenApi;

namespace SdkGen.Generator.Parsing;

/// <summary>Header parameters that name a header the HTTP stack or the client also sets (compared ignoring case, as HTTP does).</summary>
internal static class TransportHeaders
{
    public static bool Is(IOpenApiParameter parameter, string header) =>
        parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, header, StringComparison.OrdinalIgnoreCase);
}
