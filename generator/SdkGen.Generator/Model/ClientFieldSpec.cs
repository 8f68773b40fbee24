using System.Linq;

namespace SdkGen.Generator.Model;

/// <summary>
/// A private field of a client class named for something of the spec: an operation server's resolved address, a
/// credential, an HTTP method .NET has no property for. Named by <c>Naming/ClientMemberNames</c> in the class's scope.
/// </summary>
internal sealed record ClientFieldSpec
{
    /// <summary>What the field holds: the options property of the server or credential, or the HTTP method (<c>PATCH</c>).</summary>
    public required string For { get; init; }

    /// <summary>The field's name, unique among the client's members.</summary>
    public required string Name { get; init; }

    /// <summary>The field of <paramref name="fields"/> that holds <paramref name="key"/>, or null when none does.</summary>
    public static string? Of(ImmutableEquatableArray<ClientFieldSpec> fields, string key) =>
        fields.FirstOrDefault(f => f.For == key)?.Name;
}
