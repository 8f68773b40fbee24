using Showcase.PetClinic;
using SdkGen.Showcase.Tests.Infrastructure;

namespace SdkGen.Showcase.Tests;

/// <summary>
/// Registering, reading, changing (JSON Merge Patch, with explicit nulls) and deleting a pet: the exact request bytes
/// and headers, the typed pet back (with status and ETag from the WithResponse methods), the typed error model, and
/// requests that break the spec's rules refused before anything is sent.
/// </summary>
public sealed class PetLifecycleTests : ClinicTest
{
    [Fact]
    public async Task Create_sends_the_new_pet_as_json_with_a_date_and_reads_the_201()
    {
        Clinic.Answer(ClinicAnswer.Json(201, ClinicJson.Rex));
        var rexToBe = new NewPet("Rex", Species.Dog) { BirthDate = new DateOnly(2019, 4, 1) };

        Pet rex = await Clinic.Client().CreatePetAsync(rexToBe);

        Assert.Equal(("POST", "/v2/pets"), (Clinic.Single.Method, Clinic.Single.Target));
        Assert.Equal("""{"name":"Rex","species":"dog","birthDate":"2019-04-01"}""", Clinic.Single.BodyText);
        Assert.Equal("application/json", Clinic.Single.Header("Content-Type"));
        Assert.Equal(Clinic.Single.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Clinic.Single.Header("Content-Length"));
        Assert.Equal((7L, new DateOnly(2019, 4, 1)), (rex.Id, rex.BirthDate));
    }

    [Fact]
    public async Task Get_puts_the_id_in_the_path()
    {
        Clinic.Answer(ClinicAnswer.Json(200, ClinicJson.Nibbles));

        Pet nibbles = await Clinic.Client().GetPetAsync(8);

        Assert.Equal(("GET", "/v2/pets/8"), (Clinic.Single.Method, Clinic.Single.Target));
        Assert.Equal("Nibbles", nibbles.Name);
    }

    [Fact]
    public async Task Patch_sends_only_the_fields_that_change_as_merge_patch()
    {
        Clinic.Answer(ClinicAnswer.Json(200, ClinicJson.Rex));

        await Clinic.Client().UpdatePetAsync(7, new PetPatch { Name = "Rex II" });

        Assert.Equal(("PATCH", "/v2/pets/7"), (Clinic.Single.Method, Clinic.Single.Target));
        Assert.Equal("""{"name":"Rex II"}""", Clinic.Single.BodyText);
        Assert.Equal("application/merge-patch+json", Clinic.Single.Header("Content-Type"));
    }

    [Fact]
    public async Task Patch_sends_an_explicit_null_to_clear_a_field_and_leaves_out_what_was_never_set()
    {
        Clinic.Answer(ClinicAnswer.Json(200, ClinicJson.Rex));

        Pet rex = await Clinic.Client().UpdatePetAsync(7, new PetPatch { ChipId = null, Notes = "Calmer now." });

        Assert.Equal("""{"chipId":null,"notes":"Calmer now."}""", Clinic.Single.BodyText);
        Assert.Null(rex.ChipId);
    }

    [Fact]
    public async Task Patch_never_sends_null_for_a_field_the_spec_does_not_let_be_null()
    {
        Clinic.Answer(ClinicAnswer.Json(200, ClinicJson.Rex));

        await Clinic.Client().UpdatePetAsync(7, new PetPatch { Name = null, Notes = null });

        Assert.Equal("""{"notes":null}""", Clinic.Single.BodyText);
    }

    [Fact]
    public async Task Get_with_response_gives_the_etag_and_status_beside_the_pet()
    {
        Clinic.Answer(ClinicAnswer.Json(200, ClinicJson.Rex, new Dictionary<string, string> { ["ETag"] = "\"v3\"" }));

        GetPetResponse response = await Clinic.Client().GetPetWithResponseAsync(7);
        Pet rex = response;

        Assert.Equal((200, "\"v3\"", 7L), (response.Status, response.ETag, rex.Id));
        Assert.Equal("application/json", response.Headers.GetValue("Content-Type"));
    }

    [Fact]
    public async Task Create_and_delete_with_response_give_201_and_204()
    {
        Clinic.Answer(request => request.Method == "POST" ? ClinicAnswer.Json(201, ClinicJson.Rex) : ClinicAnswer.NoContent());
        PetClinicClient client = Clinic.Client();

        var created = await client.CreatePetWithResponseAsync(new NewPet("Rex", Species.Dog));
        var deleted = await client.DeletePetWithResponseAsync(created.Value.Id);

        Assert.Equal((201, 204), (created.Status, deleted.Status));
        Assert.Equal(["POST /v2/pets", "DELETE /v2/pets/7"], Clinic.Requests.Select(r => r.Method + " " + r.Target));
    }

    [Fact]
    public async Task An_error_is_thrown_from_the_with_response_method_too()
    {
        Clinic.Answer(ClinicAnswer.Json(404, ClinicJson.NotFound));

        var error = await Assert.ThrowsAsync<SdkGen.Runtime.ApiException<Error>>(() => Clinic.Client().GetPetWithResponseAsync(404));

        Assert.Equal((404, "pet_not_found"), (error.Status, error.ErrorCode));
    }

    [Fact]
    public async Task Delete_sends_no_body_and_returns_on_204()
    {
        Clinic.Answer(ClinicAnswer.NoContent());

        await Clinic.Client().DeletePetAsync(7);

        Assert.Equal(("DELETE", "/v2/pets/7"), (Clinic.Single.Method, Clinic.Single.Target));
        Assert.Empty(Clinic.Single.Body);
        Assert.Null(Clinic.Single.Header("Content-Type"));
    }

    [Fact]
    public async Task A_404_is_a_typed_error_with_the_services_code_message_and_details()
    {
        Clinic.Answer(ClinicAnswer.Json(404, ClinicJson.NotFound));

        var error = await Assert.ThrowsAsync<SdkGen.Runtime.ApiException<Error>>(() => Clinic.Client().GetPetAsync(404));

        Assert.Equal(404, error.Status);
        Assert.Equal("pet_not_found", error.ErrorCode);
        Assert.Equal("No pet 404 at this clinic.", error.ErrorMessage);
        Assert.Equal(["checked active pets", "checked archive"], error.Error!.Details!);
        Assert.Equal(ClinicJson.NotFound, error.ResponseBody);
        Assert.DoesNotContain(LoopbackClinic.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_422_on_create_is_the_same_typed_error()
    {
        Clinic.Answer(ClinicAnswer.Json(422, """{"code":"duplicate_chip","message":"Chip 276098106543210 is registered."}"""));

        var error = await Assert.ThrowsAsync<SdkGen.Runtime.ApiException<Error>>(
            () => Clinic.Client().CreatePetAsync(new NewPet("Nibbles", Species.Rabbit) { ChipId = "276098106543210" }));

        Assert.Equal((422, "duplicate_chip"), (error.Status, error.Error!.Code));
        Assert.Equal("""{"name":"Nibbles","species":"rabbit","chipId":"276098106543210"}""", Clinic.Single.BodyText);
    }

    public static TheoryData<string, Func<PetClinicClient, Task>> BadRequests => new()
    {
        { "body.Name", c => c.CreatePetAsync(new NewPet("", Species.Cat)) },
        { "body.Name", c => c.CreatePetAsync(new NewPet(new string('x', 51), Species.Cat)) },
        { "body.ChipId", c => c.CreatePetAsync(new NewPet("Tom", Species.Cat) { ChipId = "27609810654321" }) },
        { "body.ChipId", c => c.UpdatePetAsync(7, new PetPatch { ChipId = "not-a-chip-0000" }) },
        { "body.Name", c => c.UpdatePetAsync(7, new PetPatch { Name = "" }) },
        { "body", c => c.CreatePetAsync(null!) },
        { "petId", c => c.GetPetAsync(0) },
        { "petId", c => c.DeletePetAsync(-1) },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_request_breaking_the_spec_is_refused_naming_the_field_and_nothing_is_sent(string field, Func<PetClinicClient, Task> call)
    {
        Clinic.Answer(ClinicAnswer.Json(200, ClinicJson.Rex));

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(Clinic.Client()));

        Assert.Contains("'" + field + "'", error.Message, StringComparison.Ordinal);
        Assert.Empty(Clinic.Requests);
    }
}
