using System.Text.Json;
using SdkGen.Showcase.Tests.Infrastructure;
using Showcase.PetClinic;

namespace SdkGen.Showcase.Tests;

/// <summary>
/// <c>POST /pets/{petId}/visits</c>: a date-time, a nullable reason and a treatment that is a <c>oneOf</c> with a
/// discriminator. Until polymorphism lands the treatment is raw JSON (SDKGEN017), sent and read back unchanged.
/// </summary>
public sealed class VisitTests : ClinicTest
{
    private const string Vaccination = """{"type":"vaccination","vaccine":"rabies","booster":true}""";

    [Fact]
    public async Task A_visit_is_sent_with_its_exact_date_time_and_treatment()
    {
        Clinic.Answer(ClinicAnswer.Json(201, """{"id":"4f0c7d1e-2b9a-4c57-9a43-0d8e6f1b2c3d","petId":7,"scheduledFor":"2026-03-01T09:30:00+01:00","status":"scheduled","reason":null,"treatment":""" + Vaccination + "}"));
        using var treatment = JsonDocument.Parse(Vaccination);
        var visit = new NewVisit(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)), treatment.RootElement) { Reason = "Yearly shots" };

        Visit scheduled = await Clinic.Client().ScheduleVisitAsync(7, visit);

        Assert.Equal(("POST", "/v2/pets/7/visits"), (Clinic.Single.Method, Clinic.Single.Target));
        Assert.Equal("""{"scheduledFor":"2026-03-01T09:30:00+01:00","reason":"Yearly shots","treatment":""" + Vaccination + "}", Clinic.Single.BodyText);
        Assert.Equal(("4f0c7d1e-2b9a-4c57-9a43-0d8e6f1b2c3d", 7L, VisitStatus.Scheduled), (scheduled.Id, scheduled.PetId, scheduled.Status));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero), scheduled.ScheduledFor);
        Assert.Equal(TimeSpan.FromHours(1), scheduled.ScheduledFor.Offset);
        Assert.Null(scheduled.Reason);
        Assert.Equal(Vaccination, scheduled.Treatment.GetRawText());
    }
}
