using System.CommandLine;
using Microsoft.CodeAnalysis;
using SdkGen.Generator.Emitting;
using SdkGen.Generator.Model;
using SdkGen.Generator.Parsing;

namespace SdkGen.Cli.Commands;

/// <summary>
/// <c>sdkgen generate SPEC -o DIR</c>: the source generator's own parser and emitter, writing files a
/// maintainer can read or diff, with diagnostics in the compiler's format.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var spec = new Argument<FileInfo>("spec") { Description = "The OpenAPI document (YAML or JSON)" };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Where to write the .g.cs files", Required = true };
        var ns = new Option<string?>("--namespace") { Description = "Namespace of the generated code (default: SdkGen.Generated)" };
        var clientName = new Option<string?>("--client-name") { Description = "Name of the client class (default: from the file name)" };

        var command = new Command("generate", "Generate the C# a spec produces, exactly as the source generator would.") { spec, output, ns, clientName };
        command.SetAction((parse, cancellationToken) =>
        {
            FileInfo file = parse.GetValue(spec)!;
            if (!file.Exists)
            {
                throw new UsageException("no such file: " + file.FullName);
            }

            string nameSpace = parse.GetValue(ns) ?? "SdkGen.Generated";
            string client = parse.GetValue(clientName) ?? Identifiers.ToPascalCase(Path.GetFileNameWithoutExtension(file.Name), "Api") + "Client";
            if (!Identifiers.IsValidNamespace(nameSpace) || !Identifiers.IsValidIdentifier(client))
            {
                throw new UsageException("--namespace must be a C# namespace and --client-name a C# identifier");
            }

            ParsedDocument parsed = SpecParser.Parse(new SpecFileInput(file.FullName, File.ReadAllText(file.FullName), nameSpace, client), cancellationToken);
            foreach (DiagnosticInfo diagnostic in parsed.Diagnostics)
            {
                context.Error.WriteLine(Format(diagnostic));
            }

            if (parsed.Document is null)
            {
                return Task.FromResult(ExitCodes.Failure);
            }

            DirectoryInfo directory = parse.GetValue(output)!;
            directory.Create();
            List<GeneratedFile> files = DocumentEmitter.Emit(parsed.Document, cancellationToken);
            foreach (GeneratedFile generated in files)
            {
                File.WriteAllText(Path.Combine(directory.FullName, generated.HintName), generated.Source);
            }

            context.Output.WriteLine($"Wrote {files.Count} files to {directory.FullName}");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The compiler's format, so editors and CI annotate the spec line: <c>file(line,col): error SDKGEN005: …</c>.</summary>
    internal static string Format(DiagnosticInfo diagnostic)
    {
        LocationInfo? location = diagnostic.Location;
        string where = location is null ? "sdkgen" : $"{location.FilePath}({location.Line + 1},{location.Column + 1})";
        string severity = diagnostic.Descriptor.DefaultSeverity.ToString().ToLowerInvariant();
        return $"{where}: {severity} {diagnostic.Descriptor.Id}: {diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
