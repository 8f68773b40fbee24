namespace SdkGen.Generator.Model;

/// <summary>A client class and its operations.</summary>
/// <param name="Name">The client's class name.</param>
/// <param name="Description">The class's summary, or null.</param>
/// <param name="Operations">One method each.</param>
/// <param name="InterfaceName">The <c>I{Client}</c> interface it implements (<c>SdkGenClientInterface</c>), or null for none.</param>
internal sealed record ClientSpec(string Name, string? Description, ImmutableEquatableArray<OperationSpec> Operations, string? InterfaceName = null)
{
    /// <summary>
    /// Its <c>services.Add{Client}</c> registrations in <see cref="DocumentSpec.DependencyInjectionClassName"/>: set by
    /// <c>Naming/HelperNames</c>, never null in a <see cref="DocumentSpec"/>.
    /// </summary>
    public string RegistrationMethodName { get; init; } = null!;
}
