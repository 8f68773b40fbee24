using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Keeps "assigned, null included" tracking (<see cref="PropertySpec.IsSetName"/>) only on models a JSON request body
/// can carry (a subtype or case the body's writer hands a value to included): a model the client only reads never goes
/// back to the service through it, so tracking there is code for nothing.
/// </summary>
internal static class SentModels
{
    public static List<ModelSpec> KeepTrackingWhereSent(IEnumerable<ModelSpec> models, IEnumerable<OperationSpec> operations)
    {
        var byName = models.ToDictionary(m => m.Name);
        var sent = new HashSet<string>();
        var pending = new Stack<TypeRefSpec>(operations.Select(o => o.Body).Where(b => b is { Encoding: BodyEncoding.Json }).Select(b => b!.Type));
        while (pending.Count > 0)
        {
            TypeRefSpec type = pending.Pop();
            if (type.Element is { } element)
            {
                pending.Push(element);
            }
            else if (type.Kind == ValueKind.Model && byName.TryGetValue(type.Name!, out ModelSpec? model) && sent.Add(model.Name))
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

        return byName.Values.Select(m => sent.Contains(m.Name) || m.Properties.All(p => p.IsSetName is null)
            ? m
            : m with { Properties = m.Properties.Select(p => p with { IsSetName = null }).ToImmutableEquatableArray() }).ToList();
    }
}
