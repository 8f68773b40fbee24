using System.CommandLine;
using Microsoft.CodeAnalysis;
using SdkGen.Cli.Generation;
using SdkGen.Cli.Output;
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
        var ns = new Option<string?>("--namespace") { Description = "Namespace of the generated code, as the SdkGenNamespace metadata (default: --root-namespace, else SdkGen.Generated, as the generator does)" };
        var clientName = new Option<string?>("--client-name") { Description = "Name of the client class, as the SdkGenClientName metadata (default: file name + Client)" };
        var rootNamespace = new Option<string?>("--root-namespace") { Description = "The project's RootNamespace, which the generator uses when there is no SdkGenNamespace" };
        var includeUnreachable = new Option<bool>("--include-unreachable-schemas") { Description = "Also generate the component schemas no operation reaches, as the SdkGenIncludeUnreachableSchemas metadata" };
        var clientSplit = new Option<string?>("--client-split") { Description = "single (default) or by-tag: one client per operation tag, as the SdkGenClientSplit metadata" };
        var visibility = new Option<string?>("--visibility") { Description = "public (default) or internal: the accessibility of every generated type, as the SdkGenVisibility metadata" };
        var clientInterface = new Option<bool>("--client-interface") { Description = "Generate an I{Client} interface per client, as the SdkGenClientInterface metadata" };
        var enumPrefix = new Option<string?>("--enum-prefix") { Description = "Put before every generated enum's name, as the SdkGenEnumPrefix metadata" };
        var modelPrefix = new Option<string?>("--model-prefix") { Description = "Put before every generated model's name, as the SdkGenModelPrefix metadata" };
        var dependencyInjection = new Option<bool>("--dependency-injection") { Description = "Also write the services.Add{Client} registrations, as the generator does when the project references Microsoft.Extensions.Http" };
        var stats = new Option<bool>("--stats") { Description = "Print what was generated (clients, operations, models, enums, files, characters) and every diagnostic" };

        var command = new Command("generate", "Generate the C# a spec produces, exactly as the source generator would.") { spec, output, ns, clientName, rootNamespace, includeUnreachable, clientSplit, visibility, clientInterface, enumPrefix, modelPrefix, dependencyInjection, stats };
        command.SetAction((parse, cancellationToken) =>
        {
            FileInfo file = parse.GetValue(spec)!;
            if (!file.Exists)
            {
                throw new UsageException("no such file: " + file.FullName);
            }

            // The generator's own selection: same defaults, and the same SDKGEN008 for a name that is not C#.
            SpecFileCandidate selected = SpecFileOptions.Select(
                file.FullName, ReadSpec(file), parse.GetValue(ns), parse.GetValue(clientName), parse.GetValue(rootNamespace), parse.GetValue(includeUnreachable), cancellationToken, Knobs(parse));
            ParsedDocument parsed = selected.Input is { } input
                ? SpecParser.Parse(input, cancellationToken)
                : new ParsedDocument(null, new[] { selected.Diagnostic! }.ToImmutableEquatableArray());
            List<string> diagnostics = parsed.Diagnostics.Select(Format).ToList();
            foreach (string diagnostic in diagnostics)
            {
                context.Error.WriteLine(diagnostic);
            }

            int exitCode = parsed.Diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error) ? ExitCodes.Failure : ExitCodes.Success;
            if (parsed.Document is null)
            {
                WriteStats(parse.GetValue(stats), selected.Input, null, [], diagnostics);
                return Task.FromResult(ExitCodes.Failure);
            }

            DirectoryInfo directory = parse.GetValue(output)!;
            directory.Create();
            List<GeneratedFile> files = DocumentEmitter.Emit(parsed.Document, parse.GetValue(dependencyInjection), cancellationToken);
            foreach (GeneratedFile generated in files)
            {
                File.WriteAllText(Path.Combine(directory.FullName, generated.HintName), generated.Source);
            }

            context.Output.WriteLine($"Wrote {files.Count} files to {directory.FullName}");
            WriteStats(parse.GetValue(stats), selected.Input, parsed.Document, files, diagnostics);
            return Task.FromResult(exitCode);
        });
        return command;

        // Given as the spec's metadata: the generator's own reader checks them (SDKGEN008), as in a build.
        Dictionary<string, string> Knobs(ParseResult parse)
        {
            var knobs = new Dictionary<string, string>();
            Add(SpecFileKnobs.ClientSplit, parse.GetValue(clientSplit));
            Add(SpecFileKnobs.Visibility, parse.GetValue(visibility));
            Add(SpecFileKnobs.ClientInterface, parse.GetValue(clientInterface) ? "true" : null);
            Add(SpecFileKnobs.EnumPrefix, parse.GetValue(enumPrefix));
            Add(SpecFileKnobs.ModelPrefix, parse.GetValue(modelPrefix));
            return knobs;

            void Add(string knob, string? value)
            {
                if (value is not null)
                {
                    knobs[knob] = value;
                }
            }
        }

        void WriteStats(bool wanted, SpecFileInput? input, DocumentSpec? document, List<GeneratedFile> files, List<string> diagnostics)
        {
            if (wanted)
            {
                GenerationStats.From(input, document, files).Write(context.Output, diagnostics);
            }
        }
    }

    private static string ReadSpec(FileInfo file)
    {
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot read " + file.FullName + ": " + ex.Message);
        }
    }

    /// <summary>The compiler's format, so editors and CI annotate the spec line: <c>file(line,col): error SDKGEN005: …</c>.</summary>
    internal static string Format(DiagnosticInfo diagnostic)
    {
        LocationInfo? location = diagnostic.Location;
        string where = location is null ? "sdkgen" : $"{location.FilePath}({location.Line + 1},{location.Column + 1})";
        string severity = diagnostic.Descriptor.DefaultSeverity.ToString().ToLowerInvariant();
        // Names and descriptions from the spec reach the message: escaped, they cannot start a line of their own.
        return ConsoleText.Escape($"{where}: {severity} {diagnostic.Descriptor.Id}: {diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
