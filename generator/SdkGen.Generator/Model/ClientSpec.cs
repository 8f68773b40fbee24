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

    /// <summary>
    /// One field per operation server its operations use (<see cref="OperationSpec.ServerPropertyName"/>, in ordinal
    /// order), holding the address resolved once in the constructor. Set by <c>Naming/ClientMemberNames</c>.
    /// </summary>
    public ImmutableEquatableArray<ClientFieldSpec> ServerFields { get; init; } = ImmutableEquatableArray<ClientFieldSpec>.Empty;

    /// <summary>
    /// One field per security scheme its operations apply (by <see cref="SecuritySchemeSpec.PropertyName"/>, in the
    /// options' order), holding the credential read once in the constructor. Set by <c>Naming/ClientMemberNames</c>.
    /// </summary>
    public ImmutableEquatableArray<ClientFieldSpec> CredentialFields { get; init; } = ImmutableEquatableArray<ClientFieldSpec>.Empty;

    /// <summary>
    /// One static field per HTTP method its operations use that <c>System.Net.Http.HttpMethod</c> has no property for in
    /// netstandard2.0 (<c>PATCH</c>, <c>QUERY</c>), in order of first use; the others use that property. Set by
    /// <c>Naming/ClientMemberNames</c>.
    /// </summary>
    public ImmutableEquatableArray<ClientFieldSpec> HttpMethodFields { get; init; } = ImmutableEquatableArray<ClientFieldSpec>.Empty;

    /// <summary>
    /// One static field per distinct way its operations map error answers to exceptions, in order of first use. Set by
    /// <c>Naming/ClientMemberNames</c>.
    /// </summary>
    public ImmutableEquatableArray<ErrorMapSpec> ErrorMaps { get; init; } = ImmutableEquatableArray<ErrorMapSpec>.Empty;
}
