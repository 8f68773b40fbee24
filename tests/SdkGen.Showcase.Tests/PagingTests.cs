using Showcase.PetClinic;
using SdkGen.Showcase.Tests.Infrastructure;

namespace SdkGen.Showcase.Tests;

/// <summary>
/// <c>GET /pets</c>: page and limit in the query (limit at most 100), an enum filter, the typed pets back — dates, a
/// nullable field, a species the client does not know kept rather than thrown away — and the <c>X-Total-Count</c>
/// response header typed on <c>ListPetsWithResponseAsync</c>.
/// </summary>
public sealed class PagingTests : ClinicTest
{
    [Fact]
    public async Task Page_limit_and_species_go_in_the_query_in_spec_order()
    {
        Clinic.Answer(ClinicAnswer.Json(200, "[]"));

        await Clinic.Client().ListPetsAsync(page: 2, limit: 100, species: Species.Cat);

        Assert.Equal("GET", Clinic.Single.Method);
        Assert.Equal("/v2/pets?page=2&limit=100&species=cat", Clinic.Single.Target);
        Assert.Equal("application/json", Clinic.Single.Header("Accept"));
        Assert.Empty(Clinic.Single.Body);
    }

    [Fact]
    public async Task Defaults_are_the_services_to_apply_so_nothing_is_sent_for_them()
    {
        Clinic.Answer(ClinicAnswer.Json(200, "[]"));

        await Clinic.Client().ListPetsAsync();

        Assert.Equal("/v2/pets", Clinic.Single.Target);
    }

    [Fact]
    public async Task A_page_reads_into_typed_pets()
    {
        Clinic.Answer(ClinicAnswer.Json(200, "[" + ClinicJson.Rex + "," + ClinicJson.Nibbles + "]"));

        var pets = await Clinic.Client().ListPetsAsync(page: 1, limit: 2);

        Assert.Equal(2, pets.Count);
        Pet rex = pets[0];
        Assert.Equal((7L, "Rex", Species.Dog), (rex.Id, rex.Name, rex.Species));
        Assert.Equal(new DateOnly(2019, 4, 1), rex.BirthDate);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 5, 0, 250, TimeSpan.FromHours(1)), rex.CreatedAt);
        Assert.Null(rex.ChipId);
        Assert.Equal("Bites the vet.", rex.Notes);
#pragma warning disable CS0618 // Tattoo is deprecated in the spec; a caller that still reads it writes this.
        Assert.Equal("K9-1138", rex.Tattoo);
#pragma warning restore CS0618

        Pet nibbles = pets[1];
        Assert.Equal(Species.Unknown, nibbles.Species);
        Assert.Equal("ferret", nibbles.SpeciesWireValue);
        Assert.Null(nibbles.BirthDate);
        Assert.Equal("276098106543210", nibbles.ChipId);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.Zero), nibbles.CreatedAt);
    }

    [Fact]
    public async Task The_total_count_header_is_typed_on_the_response_beside_the_page()
    {
        Clinic.Answer(ClinicAnswer.Json(200, "[" + ClinicJson.Rex + "]", new Dictionary<string, string> { ["X-Total-Count"] = "1234" }));

        ListPetsResponse page = await Clinic.Client().ListPetsWithResponseAsync(page: 3, limit: 1);

        Assert.Equal((200, 1234L), (page.Status, page.XTotalCount));
        Assert.Equal("Rex", Assert.Single(page.Value).Name);
        Assert.Equal("/v2/pets?page=3&limit=1", Clinic.Single.Target);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("99999999999999999999")]
    public async Task A_total_count_that_is_not_a_number_is_null_and_its_text_kept(string header)
    {
        Clinic.Answer(ClinicAnswer.Json(200, "[]", new Dictionary<string, string> { ["X-Total-Count"] = header }));

        ListPetsResponse page = await Clinic.Client().ListPetsWithResponseAsync();

        Assert.Null(page.XTotalCount);
        Assert.Equal(header, page.Headers.GetValue("x-total-count"));
        Assert.Empty(page.Value);
    }

    [Theory]
    [InlineData(0, 20, "'page' must be at least 1.")]
    [InlineData(1, 101, "'limit' must be at most 100.")]
    [InlineData(1, 0, "'limit' must be at least 1.")]
    public async Task Out_of_range_paging_is_refused_before_anything_is_sent(int page, int limit, string message)
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Clinic.Client().ListPetsAsync(page, limit));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(Clinic.Requests);
    }
}
