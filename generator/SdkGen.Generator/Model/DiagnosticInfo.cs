using System.Linq;
using Microsoft.CodeAnalysis;

namespace SdkGen.Generator.Model;

/// <summary>A diagnostic waiting to be reported; equatable, unlike <see cref="Diagnostic"/>.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, ImmutableEquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, messageArgs.ToImmutableEquatableArray());

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArgs.Cast<object>().ToArray());
}
