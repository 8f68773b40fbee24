using System.Text;
using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// Issue 12, items 6–8: generated code that compiles under strict builds, file names any file system accepts,
/// and emitted code that is safe by construction. Behaviour over HTTP is tested in the consumer tests.
/// </summary>
public class SafetyTests
{
    [Fact]
    public void Safety_spec_output_matches_snapshots_and_compiles_without_warnings()
    {
        GenerationResult result = GeneratorHarness.Run(SpecFile.FromTestSpecs("safety.yaml", "Test.Api", "SafetyClient"));

        Assert.True(result.CompilationProblems.Count == 0, string.Join("\n", result.CompilationProblems));
        SnapshotVerifier.VerifyAll("safety", result.Sources.Select(s => (s.HintName[..^".g.cs".Length], s.SourceText.ToString())));
    }

    // Item 7: a schema name of 240 characters (ASCII, or CJK at three UTF-8 bytes each) gave hint names past the
    // 255-byte file-name limit: CS0016 under EmitCompilerGeneratedFiles, PathTooLongException in `sdkgen generate`.
    [Theory]
    [InlineData('A')]
    [InlineData('\u8A18')]
    public void Long_type_names_give_file_names_every_file_system_accepts(char letter)
    {
        string name = new(letter, 240);
        string spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/" + name + "'}\n"
            + "components:\n  schemas:\n    " + name + ": {type: object, properties: {a: {type: string}}}\n    " + name + "B: {type: object, properties: {b: {type: string}}}\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/long.yaml", spec, "Long.Api", "LongClient"));

        Assert.True(result.CompilationProblems.Count == 0, string.Join("\n", result.CompilationProblems));
        Assert.All(result.Sources, s => Assert.InRange(Encoding.UTF8.GetByteCount(s.HintName), 1, 128 + 2));
        Assert.Equal(result.Sources.Count, result.Sources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // What the compiler and the CLI do with them: write each as a file.
        string directory = Directory.CreateTempSubdirectory("sdkgen-hints-").FullName;
        try
        {
            foreach (GeneratedSourceResult source in result.Sources)
            {
                File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
            }

            Assert.Equal(result.Sources.Count, Directory.GetFiles(directory).Length);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Capped_hint_names_are_stable_and_distinct()
    {
        string a = SdkGen.Generator.Emitting.HintNames.Cap(new string('x', 300) + "A.g.cs");
        string b = SdkGen.Generator.Emitting.HintNames.Cap(new string('x', 300) + "B.g.cs");

        Assert.NotEqual(a, b);
        Assert.Equal(a, SdkGen.Generator.Emitting.HintNames.Cap(new string('x', 300) + "A.g.cs"));
        Assert.EndsWith(".g.cs", a);
        Assert.Equal("Short.g.cs", SdkGen.Generator.Emitting.HintNames.Cap("Short.g.cs"));
    }

    // Item 8: bidi controls and other invisible format characters (Trojan Source) from anywhere in a spec never reach
    // the generated source raw: literals escape them (\u202e), docs keep them as character references (&#x202E;).
    [Theory]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    [InlineData('\u200F')]
    [InlineData('\u061C')]
    [InlineData('\u200B')]
    [InlineData('\uFEFF')]
    public void Invisible_format_characters_never_reach_the_source_raw(char c)
    {
        string h = c.ToString();
        string spec = "openapi: 3.0.3\ninfo: {title: 'T" + h + "', version: '1', description: 'd" + h + "d'}\n"
            + "servers: [{url: 'https://api.example.com/" + h + "'}]\n"
            + "paths:\n  /a" + h + "/{id}:\n    get:\n      operationId: get" + h + "A\n      summary: 's" + h + "'\n"
            + "      parameters:\n        - {name: id, in: path, required: true, description: 'p" + h + "', schema: {type: string, pattern: '^a" + h + "b$'}}\n"
            + "        - {name: 'x" + h + "', in: header, schema: {type: string, enum: ['v" + h + "', w]}}\n"
            + "      responses:\n        '200':\n          description: 'r" + h + "'\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/M'}\n"
            + "components:\n  schemas:\n    M:\n      type: object\n      description: 'm" + h + "'\n      required: ['p" + h + "']\n      properties:\n        'p" + h + "': {type: string, description: 'q" + h + "', enum: ['e" + h + "', f]}\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/format.yaml", spec, "Format.Api", "FormatClient"));

        Assert.True(result.CompilationProblems.Count == 0, string.Join("\n", result.CompilationProblems));
        Assert.NotEmpty(result.Sources);
        Assert.All(result.Sources, source => Assert.DoesNotContain(c, source.SourceText.ToString()));
        Assert.Contains(result.Sources, source => source.SourceText.ToString().Contains("\\u" + ((int)c).ToString("x4"), StringComparison.Ordinal));
    }

    [Fact]
    public void Literals_and_docs_escape_format_characters_and_keep_the_rest()
    {
        Assert.Equal("\"a\\u202eb\\u2066c\"", SdkGen.Generator.Emitting.CSharpLiteral.String("a\u202Eb\u2066c"));
        Assert.Equal("a&#x202E;b &#x200F;é日本", SdkGen.Generator.Emitting.CSharpLiteral.XmlDocText("a\u202Eb \u200Fé日本"));
    }
}
