using System.Net;
using System.Text;
using Consumer.LongNames;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>
/// Issue 12, item 7: this project builds with <c>EmitCompilerGeneratedFiles</c>, so the compiler writes every hint name
/// as a file; a type name of 200 characters (248 UTF-8 bytes) used to fail the build with CS0016.
/// </summary>
public sealed class LongNameTests
{
    [Fact]
    public async Task A_spec_with_a_very_long_type_name_builds_and_works()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, """{"a":"x"}""");
        var client = new LongNamesClient(new HttpClient(handler), new LongNamesClientOptions());

        var result = await client.GetRAsync();

        Assert.Equal("x", result.A);
        // Uncapped, its file would be named like this: past the 255-byte limit of a file name.
        Assert.True(Encoding.UTF8.GetByteCount("Consumer.LongNames.LongNamesClient." + result.GetType().Name + ".g.cs") > 255);
    }

    [Fact]
    public void The_generated_files_on_disk_have_names_every_file_system_accepts()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SdkGen.Generator.Consumer.Tests.csproj")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        Assert.NotNull(dir);
        string[] files = Directory.GetFiles(Path.Combine(dir!, "obj"), "Consumer.LongNames.*.g.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.InRange(Encoding.UTF8.GetByteCount(Path.GetFileName(f)), 1, 130));
    }
}
