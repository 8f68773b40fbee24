using System.Net;
using System.Reflection;
using Consumer.Faithful.Deprecated;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// A deprecated operation is <c>[Obsolete]</c> (issue 13): callers get CS0618, while the generated code itself builds
/// under this project's TreatWarningsAsErrors (the project would not compile otherwise). A deprecated parameter says
/// so in its docs, because C#'s <c>[Obsolete]</c> cannot target a parameter.
/// </summary>
public sealed class DeprecationBehaviourTests
{
    private const string Message = "The service marks this operation as deprecated.";

    [Fact]
    public void A_deprecated_operation_is_obsolete_with_the_services_words_and_the_others_are_not()
    {
        MethodInfo legacy = typeof(DeprecatedClient).GetMethod(nameof(DeprecatedClient.ListLegacyItemsAsync))!;
        MethodInfo current = typeof(DeprecatedClient).GetMethod(nameof(DeprecatedClient.ListItemsAsync))!;

        ObsoleteAttribute obsolete = Assert.Single(legacy.GetCustomAttributes<ObsoleteAttribute>());
        Assert.Equal(Message, obsolete.Message);
        Assert.False(obsolete.IsError);
        Assert.Empty(current.GetCustomAttributes<ObsoleteAttribute>());
    }

    [Fact]
    public void Deprecated_schemas_enums_properties_and_headers_are_obsolete_and_their_neighbours_are_not()
    {
#pragma warning disable CS0618 // Naming a deprecated type warns here, as it would in any caller (the build proves it).
        Assert.Equal("The service marks this schema as deprecated.", typeof(LegacyPart).GetCustomAttribute<ObsoleteAttribute>()?.Message);
        Assert.Equal("The service marks this schema as deprecated.", typeof(LegacyColor).GetCustomAttribute<ObsoleteAttribute>()?.Message);
#pragma warning restore CS0618
        Assert.Null(typeof(Widget).GetCustomAttribute<ObsoleteAttribute>());
        string[] obsolete = typeof(Widget).GetProperties().Where(p => p.GetCustomAttribute<ObsoleteAttribute>() is not null).Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        // color and part refer to deprecated schemas without being deprecated themselves: their types carry it.
        Assert.Equal(new[] { "LegacyCode", "LegacyCount", "Shade", "ShadeWireValue" }, obsolete);
        Assert.Equal("The service marks this header as deprecated.", typeof(CreateWidgetResponse).GetProperty("XOldQuota")!.GetCustomAttribute<ObsoleteAttribute>()?.Message);
    }

    [Fact]
    public async Task Deprecated_members_are_still_sent_checked_and_read()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, """{"name":"w","legacyCode":"old","legacyCount":3,"shade":"dark","part":{"sku":"P7"}}""");
        handler.ResponseHeaders["X-Old-Quota"] = "9";
        var client = new DeprecatedClient(new HttpClient(handler, disposeHandler: false), new DeprecatedClientOptions());

#pragma warning disable CS0618 // The members under test are the deprecated ones.
        var widget = new Widget("w", "lc") { LegacyCount = null, Part = new LegacyPart("P1") };
        CreateWidgetResponse answer = await client.CreateWidgetWithResponseAsync(widget);
        await Assert.ThrowsAsync<ArgumentException>(() => client.CreateWidgetAsync(new Widget("w", "x")));
        await Assert.ThrowsAsync<ArgumentException>(() => client.ReplaceWidgetsAsync(new List<LegacyPart> { new("bad") }));

        Assert.Equal("""{"name":"w","legacyCode":"lc","legacyCount":null,"part":{"sku":"P1"}}""", handler.Single.BodyText);
        Assert.Equal("old", answer.Value.LegacyCode);
        Assert.Equal(3, answer.Value.LegacyCount);
        Assert.Equal(WidgetShade.Dark, answer.Value.Shade);
        Assert.Equal(9, answer.XOldQuota);
#pragma warning restore CS0618
    }

    [Fact]
    public async Task A_deprecated_operation_still_works_when_called_deliberately()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        var client = new DeprecatedClient(new HttpClient(handler, disposeHandler: false), new DeprecatedClientOptions());

#pragma warning disable CS0618 // The call under test is the deprecated one.
        await client.ListLegacyItemsAsync(page: 2);
#pragma warning restore CS0618

        Assert.Equal("https://api.example.com/legacy/items?page=2", handler.Single.Uri);
    }

    [Fact]
    public void The_generated_docs_have_one_remarks_and_name_the_deprecated_parameter()
    {
        string generated = GeneratedSource("Consumer.Faithful.Deprecated.DeprecatedClient.g.cs");

        string legacyDocs = DocsBefore(generated, "ListLegacyItemsAsync(");
        Assert.Single(legacyDocs.Split('\n'), l => l.Contains("<remarks>", StringComparison.Ordinal));
        Assert.Contains("/// <param name=\"perPage\">Use limit. The service marks this parameter as deprecated.</param>", generated, StringComparison.Ordinal);
    }

    // The compiler's own output (EmitCompilerGeneratedFiles), not a re-run of the generator.
    private static string GeneratedSource(string hintName)
    {
        string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
        string file = Directory.EnumerateFiles(Path.Combine(root, "obj"), hintName, SearchOption.AllDirectories).First();
        return File.ReadAllText(file);
    }

    private static string DocsBefore(string source, string method)
    {
        int at = source.IndexOf(method, StringComparison.Ordinal);
        int start = source.LastIndexOf("/// <summary>", at, StringComparison.Ordinal);
        return source[start..at];
    }
}
