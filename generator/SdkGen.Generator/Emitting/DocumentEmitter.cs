using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>Turns one <see cref="DocumentSpec"/> into its source files. Reads only the records, never the spec text.</summary>
internal static class DocumentEmitter
{
    /// <param name="document">The spec to emit.</param>
    /// <param name="dependencyInjection">The project references Microsoft.Extensions.Http: emit the <c>Add{Client}</c> registrations.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    public static List<GeneratedFile> Emit(DocumentSpec document, bool dependencyInjection, CancellationToken cancellationToken)
    {
        var files = new List<GeneratedFile>();
        string prefix = document.Namespace + "." + document.ClientName + ".";
        var enums = document.Enums.ToDictionary(e => e.Name);
        var models = document.Models.ToDictionary(m => m.Name);
        // Decided once, before any file is written: every emitter below reads the same plan, in any order.
        var validationPlan = ValidationPlan.For(document);
        var clients = new ClientEmitter(document, models, validationPlan);

        foreach (ClientSpec client in document.Clients)
        {
            files.Add(new GeneratedFile(document.Namespace + "." + client.Name + ".g.cs", clients.Emit(client)));
            if (client.InterfaceName is { } interfaceName)
            {
                files.Add(new GeneratedFile(prefix + interfaceName + ".g.cs", ClientInterfaceEmitter.Emit(document, client, interfaceName)));
            }
        }

        foreach ((ClientSpec client, OperationSpec operation) in ResponseTypeEmitter.Operations(document))
        {
            files.Add(new GeneratedFile(prefix + operation.ResponseTypeName + ".g.cs", ResponseTypeEmitter.Emit(document, client, operation, enums)));
        }

        files.Add(new GeneratedFile(prefix + document.Options.Name + ".g.cs", OptionsEmitter.Emit(document)));
        if (OperationServersEmitter.EmitOptions(document) is { } operationServers)
        {
            files.Add(new GeneratedFile(prefix + document.Options.Name + ".Servers.g.cs", operationServers));
        }
        if (dependencyInjection && document.DependencyInjection)
        {
            files.Add(new GeneratedFile(prefix + document.DependencyInjectionClassName + ".g.cs", DependencyInjectionEmitter.Emit(document)));
        }

        files.Add(new GeneratedFile(prefix + validationPlan.ClassName + ".g.cs", new ValidationEmitter(validationPlan).EmitClass(document)));
        files.Add(new GeneratedFile(prefix + document.ExceptionFactoryClassName + ".g.cs", clients.EmitExceptionFactories()));
        files.Add(new GeneratedFile(prefix + document.SerializerClassName + ".g.cs", SerializerEmitter.EmitCore(document)));
        if (BodySerializerEmitter.Emit(document, enums, models) is { } topLevel)
        {
            files.Add(new GeneratedFile(prefix + document.SerializerClassName + ".Bodies.g.cs", topLevel));
        }

        if (WireValueTablesEmitter.Emit(document) is { } tables)
        {
            files.Add(new GeneratedFile(prefix + document.WireValuesClassName + ".g.cs", tables));
        }

        foreach (EnumSpec spec in document.Enums)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new GeneratedFile(prefix + spec.Name + ".g.cs", EnumEmitter.Emit(document, spec)));
        }

        foreach (ModelSpec model in document.Models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new GeneratedFile(prefix + model.Name + ".g.cs", ModelEmitter.Emit(document, model, enums)));
        }

        foreach (IGrouping<string, SerializerUnit> group in SerializerPlan.For(document).Units.GroupBy(u => u.Group).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new GeneratedFile(prefix + document.SerializerClassName + "." + group.Key + ".g.cs", SerializerEmitter.EmitModels(document, group, enums, models)));
        }

        return WithUniqueHintNames(files);
    }

    // Roslyn compares hint names ignoring case and throws on a duplicate, which would cost the user every file.
    // Long names are capped first (HintNames), so a suffix added here keeps them within the limit.
    // The parser already keeps type names distinct ignoring case; this is the last line of defence.
    private static List<GeneratedFile> WithUniqueHintNames(List<GeneratedFile> files)
    {
        var seen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < files.Count; i++)
        {
            string capped = HintNames.Cap(files[i].HintName);
            string hint = capped;
            for (int suffix = 2; !seen.Add(hint); suffix++)
            {
                hint = capped.Substring(0, capped.Length - ".g.cs".Length) + "." + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
            }

            if (hint != files[i].HintName)
            {
                files[i] = files[i] with { HintName = hint };
            }
        }

        return files;
    }
}
