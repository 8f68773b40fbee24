using System;
using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// What follows from a model being sent in a request body (a subtype or case the body's writer hands a value to
/// included), decided once the operations are mapped:
/// <list type="bullet">
/// <item>"Assigned, null included" tracking (<see cref="PropertySpec.IsSetName"/>) stays only on models a JSON body
/// carries: a model the client only reads never goes back to the service through it, so tracking there is code for
/// nothing.</item>
/// <item>A preset default (<see cref="PropertySpec.Preset"/>) stays only on models a body carries (JSON, form or
/// multipart) and none carries in a PATCH request (by method, or a <c>merge-patch</c> body): a new request model then
/// starts with what the service would assume; a model only read keeps what the service sent; and in a PATCH a property
/// left out keeps its stored value, which sending the default would overwrite.</item>
/// </list>
/// </summary>
internal static class SentModels
{
    public static List<ModelSpec> Apply(IEnumerable<ModelSpec> models, IReadOnlyCollection<OperationSpec> operations)
    {
        var byName = models.ToDictionary(m => m.Name);
        HashSet<string> sentAsJson = Reached(byName, operations.Select(o => o.Body).Where(b => b is { Encoding: BodyEncoding.Json }).Select(b => b!.Type));
        HashSet<string> sent = Reached(byName, operations.SelectMany(BodyTypes));
        HashSet<string> patched = Reached(byName, operations.Where(IsPatch).SelectMany(BodyTypes));
        // A base class declares the properties its subtypes inherit, initialisers included.
        foreach (string name in patched.ToList())
        {
            string? baseName = byName[name].BaseName;
            while (baseName is not null && patched.Add(baseName))
            {
                baseName = byName.TryGetValue(baseName, out ModelSpec? parent) ? parent.BaseName : null;
            }
        }

        return byName.Values.Select(m => m.Properties.All(p => p.IsSetName is null && p.Preset is null) ? m : m with
        {
            Properties = m.Properties.Select(p => p with
            {
                IsSetName = sentAsJson.Contains(m.Name) ? p.IsSetName : null,
                Preset = sent.Contains(m.Name) && !patched.Contains(m.Name) ? p.Preset : null,
                PresetWithheldForPatch = p.Preset is not null && patched.Contains(m.Name),
            }).ToImmutableEquatableArray(),
        }).ToList();
    }

    private static IEnumerable<TypeRefSpec> BodyTypes(OperationSpec operation) =>
        (operation.Body is { } body ? new[] { body.Type } : Array.Empty<TypeRefSpec>())
            .Concat(operation.Multipart?.Parts.Select(p => p.Type) ?? Enumerable.Empty<TypeRefSpec>());

    private static bool IsPatch(OperationSpec operation) =>
        string.Equals(operation.HttpMethod, "PATCH", StringComparison.OrdinalIgnoreCase)
        || operation.Body?.MediaTypes.Any(m => m.IndexOf("merge-patch", StringComparison.OrdinalIgnoreCase) >= 0) == true;

    // The models values of these types hold, transitively.
    private static HashSet<string> Reached(Dictionary<string, ModelSpec> byName, IEnumerable<TypeRefSpec> roots)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<TypeRefSpec>(roots);
        while (pending.Count > 0)
        {
            TypeRefSpec type = pending.Pop();
            if (type.Element is { } element)
            {
                pending.Push(element);
            }
            else if (type.Kind == ValueKind.Model && byName.TryGetValue(type.Name!, out ModelSpec? model) && reached.Add(model.Name))
            {
                foreach (PropertySpec property in model.Properties)
                {
                    pending.Push(property.Type);
                }

                if (model.AdditionalProperties is { } additional)
                {
                    pending.Push(additional);
                }

                // A subtype or case the caller passes where this model is declared is written by its own writer.
                foreach (string dispatched in model.DispatchedModels)
                {
                    pending.Push(new TypeRefSpec(ValueKind.Model, dispatched));
                }
            }
        }

        return reached;
    }
}
