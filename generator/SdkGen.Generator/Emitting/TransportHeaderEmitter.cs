using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// A header parameter named <c>Accept</c> or <c>Authorization</c> replaces the value the client would send: the
/// client's own is written only when the caller leaves the parameter out.
/// </summary>
internal static class TransportHeaderEmitter
{
    public static ParameterSpec? Find(OperationSpec operation, string header) =>
        operation.Parameters.FirstOrDefault(p => p.Location == ParameterPlacement.Header && string.Equals(p.WireName, header, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>The condition under which the client's own value is sent, or null when always.</summary>
    public static string? UnlessGiven(OperationSpec operation, string header) => Find(operation, header) switch
    {
        null => null,
        { IsRequired: true } => "false",
        { } parameter => parameter.Name + " is null",
    };
}
