using SdkGen.Runtime;
using SdkGen.Showcase.Tests.Infrastructure;
using Showcase.PetClinic;

namespace SdkGen.Showcase.Tests;

/// <summary>
/// What a real service does to a client: many calls at once, a caller who gives up (before sending and while the
/// service thinks), a token that would split the header, and a body that is not quite what the spec promised (read
/// leniently, the departures listed, nothing thrown away).
/// </summary>
public sealed class RobustnessTests : ClinicTest
{
    [Fact]
    public async Task Two_hundred_calls_at_once_each_get_their_own_pet()
    {
        // The clinic answers each request with the pet its path names, so a crossed answer would show.
        Clinic.Answer(request => ClinicAnswer.Json(200, ClinicJson.Rex.Replace("\"id\":7", "\"id\":" + request.Target["/v2/pets/".Length..], StringComparison.Ordinal)));
        PetClinicClient client = Clinic.Client();

        Pet[] pets = await Task.WhenAll(Enumerable.Range(1, 200).Select(id => client.GetPetAsync(id)));

        Assert.Equal(Enumerable.Range(1, 200).Select(id => (long)id), pets.Select(p => p.Id));
        Assert.Equal(200, Clinic.Requests.Count);
        Assert.All(Clinic.Requests, r => Assert.Equal("Bearer " + LoopbackClinic.Token, r.Header("Authorization")));
    }

    [Fact]
    public async Task A_call_canceled_before_it_starts_sends_nothing()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Clinic.Client().ListPetsAsync(cancellationToken: canceled.Token));

        Assert.Empty(Clinic.Requests);
    }

    [Fact]
    public async Task A_call_canceled_while_the_service_thinks_ends_at_once_and_the_service_sees_the_client_leave()
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var abandoned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Clinic.AnswerAsync(async (_, clientGone) =>
        {
            received.SetResult();
            await using (clientGone.Register(() => abandoned.SetResult()))
            {
                await abandoned.Task;
            }

            return ClinicAnswer.NoContent();
        });
        using var cancel = new CancellationTokenSource();

        Task call = Clinic.Client().DeletePetAsync(7, cancel.Token);
        await received.Task;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await abandoned.Task; // the connection was closed, not left hanging
        Assert.Equal("DELETE", Clinic.Single.Method);
    }

    [Theory]
    [InlineData("s3cr3t\r\nX-Admin: true")]
    [InlineData("s3cr3t\nX-Admin: true")]
    [InlineData("s3cr3t\0")]
    public async Task A_token_that_would_split_the_header_is_refused_and_nothing_is_sent(string token)
    {
        Clinic.Answer(ClinicAnswer.NoContent());

        var client = Clinic.Client(o => o.BearerAuth = new SdkGen.Runtime.BearerCredentials(_ => new ValueTask<string>(token)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.DeletePetAsync(7));

        Assert.Empty(Clinic.Requests);
        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pet_that_departs_from_the_spec_is_read_and_its_departures_listed()
    {
        // id of the wrong type, name missing, createdAt not a date-time, an unknown property: the service acted, so read on.
        Clinic.Answer(ClinicAnswer.Json(200, """{"id":"seven","species":"cat","createdAt":"yesterday","microchipVendor":"Acme","notes":null}"""));

        Pet pet = await Clinic.Client().GetPetAsync(7);

        Assert.Equal((0L, Species.Cat, null), (pet.Id, pet.Species, pet.Notes));
        Assert.Equal(
            ["Pet.id: unexpected JSON \"seven\"", "Pet.createdAt: unexpected JSON \"yesterday\"", "Pet.name: required but missing"],
            ResponseDepartures.Of(pet).Select(d => d.ToString()));
    }

    [Fact]
    public async Task An_html_page_from_a_proxy_is_a_format_error_with_the_status_not_a_json_exception()
    {
        Clinic.Answer(new ClinicAnswer(200, "<html>Bad gateway</html>"u8.ToArray(), "text/html", new Dictionary<string, string>()));

        var error = await Assert.ThrowsAsync<ApiResponseFormatException>(() => Clinic.Client().GetPetAsync(7));

        Assert.Equal(200, error.Status);
        Assert.StartsWith("<html>", error.ResponseBody, StringComparison.Ordinal);
    }
}
