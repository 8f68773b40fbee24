using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SdkGen.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sdkgen-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Generate_writes_files_that_compile()
    {
        string spec = Path.Combine(RepositoryRoot(), "specs", "twilio.yaml");

        (int exitCode, string output, string error) = await CliRunner.RunAsync(null, "generate", spec, "-o", _directory, "--namespace", "Generated.Twilio", "--client-name", "TwilioClient");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Wrote", output, StringComparison.Ordinal);
        string[] files = Directory.GetFiles(_directory, "*.g.cs");
        Assert.Contains(files, f => Path.GetFileName(f) == "Generated.Twilio.TwilioClient.g.cs");

        CSharpCompilation compilation = CSharpCompilation.Create(
            "Generated",
            files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.CSharp8), f)),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task A_broken_spec_prints_compiler_style_diagnostics_and_exits_one()
    {
        Directory.CreateDirectory(_directory);
        string spec = Path.Combine(_directory, "broken.yaml");
        File.WriteAllText(spec, "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        x: { type: string, pattern: '[' }\n");

        // No operation reaches A: only on request is it generated, and its pattern checked.
        (int exitCode, _, string error) = await CliRunner.RunAsync(null, "generate", spec, "-o", Path.Combine(_directory, "out"), "--include-unreachable-schemas");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"broken\.yaml\(9,\d+\): error SDKGEN005: ", error);
        Assert.False(Directory.Exists(Path.Combine(_directory, "out")));
    }

    [Fact]
    public async Task Stats_count_what_was_written()
    {
        string spec = Path.Combine(RepositoryRoot(), "specs", "twilio.yaml");

        (int exitCode, string output, string error) = await CliRunner.RunAsync(null, "generate", spec, "-o", _directory, "--stats");

        Assert.True(exitCode == 0, error);
        string[] files = Directory.GetFiles(_directory);
        List<SyntaxNode> nodes = files.SelectMany(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f)).GetRoot().DescendantNodes()).ToList();
        List<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax> clients = nodes.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
            .Where(c => c.Identifier.Text.EndsWith("Client", StringComparison.Ordinal)).ToList();
        int operations = clients.SelectMany(c => c.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>())
            .Count(m => m.Modifiers.Any(SyntaxKind.PublicKeyword) && m.Modifiers.Any(SyntaxKind.VirtualKeyword) && !m.Identifier.Text.EndsWith("WithResponseAsync", StringComparison.Ordinal));
        Assert.Contains(Figure("clients", clients.Count), output, StringComparison.Ordinal);
        Assert.Contains(Figure("operations", operations), output, StringComparison.Ordinal);
        Assert.Contains(Figure("enums", nodes.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.EnumDeclarationSyntax>().Count()), output, StringComparison.Ordinal);
        // Every model has one name table in the serializer (the serializers themselves are grouped into a few files).
        int nameTables = nodes.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax>()
            .Count(f => f.Declaration.Type.ToString().EndsWith("JsonPropertyNames", StringComparison.Ordinal));
        Assert.Contains(Figure("models", nameTables), output, StringComparison.Ordinal);
        Assert.Contains(Figure("files", files.Length), output, StringComparison.Ordinal);
        Assert.Contains(Figure("characters", files.Sum(f => (long)File.ReadAllText(f).Length)), output, StringComparison.Ordinal);
        Assert.Contains(Figure("diagnostics", 0), output, StringComparison.Ordinal);
        Assert.True(operations > 0 && clients.Count > 0 && nameTables > 0);
    }

    [Theory]
    [InlineData(false, "unreachable  1 component schema not reachable from any operation, not generated (--include-unreachable-schemas generates them)", 0)]
    [InlineData(true, "unreachable  1 component schema not reachable from any operation, generated (--include-unreachable-schemas)", 1)]
    public async Task Stats_count_the_schemas_no_operation_reaches(bool include, string line, int webhookFiles)
    {
        Directory.CreateDirectory(_directory);
        string spec = Path.Combine(_directory, "hooks.yaml");
        File.WriteAllText(spec, "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200':\n          description: ok\n          content: { application/json: { schema: { $ref: '#/components/schemas/A' } } }\nwebhooks:\n  changed:\n    post:\n      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Hook' } } } }\n      responses: { '200': { description: ok } }\ncomponents:\n  schemas:\n    A: { type: object, properties: { a: { type: string } } }\n    Hook: { type: object, properties: { h: { type: string } } }\n");
        string[] arguments = ["generate", spec, "-o", Path.Combine(_directory, "out"), "--stats", .. include ? new[] { "--include-unreachable-schemas" } : []];

        (int exitCode, string output, string error) = await CliRunner.RunAsync(null, arguments);

        Assert.True(exitCode == 0, error);
        Assert.Contains(line + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains(Figure("models", 1 + webhookFiles), output, StringComparison.Ordinal);
        Assert.Equal(webhookFiles, Directory.GetFiles(Path.Combine(_directory, "out"), "*.Hook.g.cs").Length);
    }

    [Fact]
    public async Task Stats_list_every_diagnostic_and_a_spec_with_warnings_still_generates()
    {
        Directory.CreateDirectory(_directory);
        string spec = Path.Combine(_directory, "cookies.yaml");
        File.WriteAllText(spec, "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /a:\n    get:\n      operationId: getA\n      parameters:\n        - { name: session, in: cookie, schema: { type: string } }\n      responses:\n        '204': { description: ok }\n");

        (int exitCode, string output, string error) = await CliRunner.RunAsync(null, "generate", spec, "-o", Path.Combine(_directory, "out"), "--stats");

        Assert.True(exitCode == 0, error);
        string warning = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Matches(@"cookies\.yaml\(\d+,\d+\): warning SDKGEN014: ", warning);
        Assert.Contains(Figure("diagnostics", 1), output, StringComparison.Ordinal);
        Assert.Contains("  " + warning, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_name_in_a_diagnostic_cannot_start_a_line_of_its_own()
    {
        Directory.CreateDirectory(_directory);
        string spec = Path.Combine(_directory, "hostile.json");
        File.WriteAllText(spec, "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"T\", \"version\": \"1\"}, \"paths\": {}, \"components\": {\"schemas\": {\"A\": {\"type\": \"object\", \"properties\": {\"x\\nhostile.json(1,1): error SDKGEN999: fake\\u001b[2K\": {\"type\": \"string\", \"pattern\": \"[\"}}}}}}");

        (int exitCode, _, string error) = await CliRunner.RunAsync(null, "generate", spec, "-o", Path.Combine(_directory, "out"), "--include-unreachable-schemas");

        Assert.Equal(1, exitCode);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("SDKGEN005", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, c => char.IsControl(c) && c != '\r');
    }

    private static string Figure(string name, long value) =>
        name.PadRight(13) + value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + Environment.NewLine;

    internal static IEnumerable<MetadataReference> References()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "SdkGen.Runtime.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    internal static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SdkGen.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("SdkGen.sln not found");
    }
}
