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

        (int exitCode, _, string error) = await CliRunner.RunAsync(null, "generate", spec, "-o", Path.Combine(_directory, "out"));

        Assert.Equal(1, exitCode);
        Assert.Matches(@"broken\.yaml\(9,\d+\): error SDKGEN005: ", error);
        Assert.False(Directory.Exists(Path.Combine(_directory, "out")));
    }

    private static IEnumerable<MetadataReference> References()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "SdkGen.Runtime.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    private static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SdkGen.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("SdkGen.sln not found");
    }
}
