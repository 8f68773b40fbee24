using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Decides which component schemas the operations reach, so only those become types (as Kiota does): on
/// GitHub's description a third of the schemas are webhook payloads no call sends or returns.
/// </summary>
/// <remarks>
/// The roots are every operation under <c>paths</c> that is generated: its parameters that are sent (and its path's), request body, and every
/// response (error responses too) with their headers. From there the walk follows every subschema keyword
/// (properties, items, additionalProperties, patternProperties, allOf/oneOf/anyOf/not, $defs) and the
/// discriminator: its explicit mapping, its default mapping, and, for the implicit mapping, every component
/// that extends a reached schema carrying a discriminator through <c>allOf</c>. Webhooks and callbacks are
/// requests the service makes, not calls this client makes: their schemas count only if an operation reaches
/// them too. The walk is a superset of what <see cref="SchemaMapper"/> follows, so nothing an operation maps
/// is ever missing; <c>SdkGenIncludeUnreachableSchemas</c> turns the filter off. It does not enter what the mapping
/// left out and so never maps (<see cref="NotSent"/>, recorded where the diagnostic is reported): an operation skipped
/// (SDKGEN013), a parameter not sent (SDKGEN014), a multipart part no method sends (SDKGEN022), and the schema of a
/// multipart body itself, whose parts alone are parameters.
/// </remarks>
internal sealed class ReachableSchemas
{
    private readonly HashSet<string> _reached;

    private ReachableSchemas(HashSet<string> reached) => _reached = reached;

    /// <summary>Whether an operation reaches the component schema <paramref name="componentName"/>.</summary>
    public bool Contains(string componentName) => _reached.Contains(componentName);

    /// <summary>The component schemas no operation reaches, in document order.</summary>
    public ImmutableEquatableArray<string> Unreachable(OpenApiDocument document) =>
        (document.Components?.Schemas?.Keys ?? Enumerable.Empty<string>()).Where(name => !_reached.Contains(name)).ToImmutableEquatableArray();

    /// <param name="document">The document.</param>
    /// <param name="notSent">What the mapping left out (operations, parameters, parts): the walk does not enter it.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static ReachableSchemas Find(OpenApiDocument document, NotSent notSent, CancellationToken cancellationToken)
    {
        var walk = new Walk(document, notSent, cancellationToken);
        try
        {
            walk.FromOperations();
            return new ReachableSchemas(walk.Reached);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The object model throws on some malformed documents; generating everything then loses nothing.
            return new ReachableSchemas(new HashSet<string>(document.Components?.Schemas?.Keys ?? Enumerable.Empty<string>(), StringComparer.Ordinal));
        }
    }

    private sealed class Walk
    {
        private readonly OpenApiDocument _document;
        private readonly NotSent _notSent;
        private readonly CancellationToken _cancellationToken;
        private readonly Stack<IOpenApiSchema> _pending = new();
        private readonly HashSet<IOpenApiSchema> _visited = new(ReferenceComparer<IOpenApiSchema>.Instance);

        public Walk(OpenApiDocument document, NotSent notSent, CancellationToken cancellationToken)
        {
            _document = document;
            _notSent = notSent;
            _cancellationToken = cancellationToken;
            // Counted as visited, so never walked from the place that left them out (a component reached elsewhere still is).
            _visited.UnionWith(notSent.Parts);
        }

        public HashSet<string> Reached { get; } = new(StringComparer.Ordinal);

        public void FromOperations()
        {
            foreach (IOpenApiPathItem? pathItem in _document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            {
                if (pathItem is null)
                {
                    continue;
                }

                foreach (OpenApiOperation? operation in pathItem.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
                {
                    if (operation is null || _notSent.IsSkipped(operation))
                    {
                        continue;
                    }

                    Parameters(operation, pathItem.Parameters);
                    Parameters(operation, operation.Parameters);
                    Content(operation.RequestBody?.Content);
                    foreach (IOpenApiResponse? response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                    {
                        Content(response?.Content);
                        Headers(response?.Headers);
                    }
                }
            }

            Drain();
            AddDerivedFromDiscriminators();
        }

        private void Parameters(OpenApiOperation operation, IEnumerable<IOpenApiParameter>? parameters)
        {
            foreach (IOpenApiParameter? parameter in parameters ?? Enumerable.Empty<IOpenApiParameter>())
            {
                if (parameter is not null && _notSent.IsLeftOut(operation, parameter))
                {
                    continue;
                }

                Push(parameter?.Schema);
                Content(parameter?.Content);
            }
        }

        private void Headers(IDictionary<string, IOpenApiHeader>? headers)
        {
            foreach (IOpenApiHeader? header in headers?.Values ?? Enumerable.Empty<IOpenApiHeader>())
            {
                Push(header?.Schema);
                Content(header?.Content);
            }
        }

        private void Content(IDictionary<string, IOpenApiMediaType>? content)
        {
            foreach (IOpenApiMediaType? media in content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
            {
                Push(media?.Schema);
                Push(media?.ItemSchema);
                foreach (OpenApiEncoding? encoding in media?.Encoding?.Values ?? Enumerable.Empty<OpenApiEncoding>())
                {
                    Headers(encoding?.Headers);
                }
            }
        }

        private void Drain()
        {
            while (_pending.Count > 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                IOpenApiSchema schema = _pending.Pop();
                if (_notSent.IsSentAsParts(schema))
                {
                    // A multipart body sent as one parameter per part (its $ref's component is no type): only its parts count.
                    PushAll(schema.Properties?.Values);
                    continue;
                }

                if (schema is OpenApiSchemaReference reference)
                {
                    // Only the reference's id is read: its target may be a $ref loop the object model throws on.
                    Component(reference.Reference?.Id);
                    continue;
                }


                PushAll(schema.AllOf);
                PushAll(schema.OneOf);
                PushAll(schema.AnyOf);
                Push(schema.Not);
                Push(schema.Items);
                Push(schema.AdditionalProperties);
                PushAll(schema.Properties?.Values);
                PushAll(schema.PatternProperties?.Values);
                PushAll(schema.Definitions?.Values);
                if (schema.Discriminator is { } discriminator)
                {
                    PushAll(discriminator.Mapping?.Values);
                    Push(discriminator.DefaultMapping);
                }
            }
        }

        private void Component(string? name)
        {
            if (name is not null
                && _document.Components?.Schemas is { } schemas
                && schemas.TryGetValue(name, out IOpenApiSchema? schema)
                && Reached.Add(name))
            {
                Push(schema);
            }
        }

        // Without an explicit mapping a discriminator's value names the schema, and the candidates include every
        // schema that extends the discriminated one through allOf: reaching the base reaches them.
        private void AddDerivedFromDiscriminators()
        {
            if (_document.Components?.Schemas is not { } schemas)
            {
                return;
            }

            bool added;
            do
            {
                added = false;
                foreach (KeyValuePair<string, IOpenApiSchema> component in schemas)
                {
                    if (!Reached.Contains(component.Key) && component.Value is not OpenApiSchemaReference && ExtendsDiscriminatedReached(component.Value))
                    {
                        Component(component.Key);
                        added = true;
                    }
                }

                Drain();
            }
            while (added);
        }

        private bool ExtendsDiscriminatedReached(IOpenApiSchema? schema) =>
            schema?.AllOf is { } parts
            && parts.OfType<OpenApiSchemaReference>().Any(part => part.Reference?.Id is { } id
                && Reached.Contains(id)
                && _document.Components!.Schemas![id] is { } parent and not OpenApiSchemaReference
                && parent.Discriminator is not null);

        private void PushAll(IEnumerable<IOpenApiSchema>? schemas)
        {
            foreach (IOpenApiSchema? schema in schemas ?? Enumerable.Empty<IOpenApiSchema>())
            {
                Push(schema);
            }
        }

        private void Push(IOpenApiSchema? schema)
        {
            if (schema is not null && _visited.Add(schema))
            {
                _pending.Push(schema);
            }
        }
    }
}
