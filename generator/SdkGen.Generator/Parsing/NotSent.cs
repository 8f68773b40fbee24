using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.OpenApi;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// What the operation mapping decided not to send, recorded as it reports it, so <see cref="ReachableSchemas"/> does not
/// reach a component through it and no type is generated that no generated member uses: the operations skipped
/// (SDKGEN013), the parameters left out (SDKGEN014), the multipart parts left out (SDKGEN022), and the multipart bodies
/// sent as one parameter per part, whose schema itself (a component, when given as a <c>$ref</c>) is not a type.
/// </summary>
internal sealed class NotSent
{
    private readonly HashSet<OpenApiOperation> _operations = new(ReferenceComparer<OpenApiOperation>.Instance);
    private readonly HashSet<(OpenApiOperation, IOpenApiParameter)> _parameters = new(new PairComparer());
    private readonly List<IOpenApiSchema> _parts = new();
    private readonly HashSet<IOpenApiSchema> _sentAsParts = new(ReferenceComparer<IOpenApiSchema>.Instance);

    /// <summary>The schemas of the multipart parts left out: the walk does not enter them.</summary>
    public IReadOnlyCollection<IOpenApiSchema> Parts => _parts;

    public void Operation(OpenApiOperation operation) => _operations.Add(operation);

    public void Parameter(OpenApiOperation operation, IOpenApiParameter parameter) => _parameters.Add((operation, parameter));

    public void Part(IOpenApiSchema schema) => _parts.Add(schema);

    public void SentAsParts(IOpenApiSchema bodySchema) => _sentAsParts.Add(bodySchema);

    public bool IsSkipped(OpenApiOperation operation) => _operations.Contains(operation);

    public bool IsLeftOut(OpenApiOperation operation, IOpenApiParameter parameter) => _parameters.Contains((operation, parameter));

    /// <summary>Whether the schema is a multipart body's, whose properties are sent as parts and which is no type itself.</summary>
    public bool IsSentAsParts(IOpenApiSchema schema) => _sentAsParts.Contains(schema);

    private sealed class PairComparer : IEqualityComparer<(OpenApiOperation Operation, IOpenApiParameter Parameter)>
    {
        public bool Equals((OpenApiOperation Operation, IOpenApiParameter Parameter) x, (OpenApiOperation Operation, IOpenApiParameter Parameter) y) =>
            ReferenceEquals(x.Operation, y.Operation) && ReferenceEquals(x.Parameter, y.Parameter);

        public int GetHashCode((OpenApiOperation Operation, IOpenApiParameter Parameter) obj) =>
            (RuntimeHelpers.GetHashCode(obj.Operation) * 397) ^ RuntimeHelpers.GetHashCode(obj.Parameter);
    }
}
