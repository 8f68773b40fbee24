using SdkGen.Showcase.Tests.Infrastructure;
using Showcase.PetClinic;

namespace SdkGen.Showcase.Tests;

/// <summary>
/// <c>POST /pets/{petId}/visits</c>: a date-time, a nullable reason and a treatment that is a <c>oneOf</c> with a
/// discriminator (<c>type</c>): each subtype is built as a class, sent with its discriminator first, read back as that
/// class; a treatment this client does not know is kept whole and sent back byte for byte. A new visit starts with the
/// spec's <c>default</c> duration, which is sent unless changed or cleared.
/// </summary>
public sealed class VisitTests : ClinicTest
{
    private const string Vaccination = """{"type":"vaccination","vaccine":"rabies","booster":true}""";

    private static string VisitJson(string treatment) =>
        """{"id":"4f0c7d1e-2b9a-4c57-9a43-0d8e6f1b2c3d","petId":7,"scheduledFor":"2026-03-01T09:30:00+01:00","status":"scheduled","reason":null,"treatment":""" + treatment + "}";

    private static NewVisit At0930(Treatment treatment) => new(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)), treatment);

    [Fact]
    public async Task A_visit_is_sent_with_its_exact_date_time_and_typed_treatment()
    {
        Clinic.Answer(ClinicAnswer.Json(201, VisitJson(Vaccination)));
        NewVisit visit = At0930(new Vaccination("rabies") { Booster = true });
        visit.Reason = "Yearly shots";

        Visit scheduled = await Clinic.Client().ScheduleVisitAsync(7, visit);

        Assert.Equal(("POST", "/v2/pets/7/visits"), (Clinic.Single.Method, Clinic.Single.Target));
        Assert.Equal("""{"scheduledFor":"2026-03-01T09:30:00+01:00","reason":"Yearly shots","treatment":""" + Vaccination + ""","durationMinutes":30}""", Clinic.Single.BodyText);
        Assert.Equal(("4f0c7d1e-2b9a-4c57-9a43-0d8e6f1b2c3d", 7L, VisitStatus.Scheduled), (scheduled.Id, scheduled.PetId, scheduled.Status));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero), scheduled.ScheduledFor);
        Assert.Equal(TimeSpan.FromHours(1), scheduled.ScheduledFor.Offset);
        Assert.Null(scheduled.Reason);
        Vaccination vaccination = Assert.IsType<Vaccination>(scheduled.Treatment);
        Assert.Equal(("rabies", true), (vaccination.Vaccine, vaccination.Booster));
    }

    [Fact]
    public async Task A_new_visit_books_the_default_duration_unless_told_otherwise()
    {
        Clinic.Answer(ClinicAnswer.Json(201, VisitJson(Vaccination)));
        PetClinicClient client = Clinic.Client();
        NewVisit standard = At0930(new Vaccination("rabies"));
        NewVisit longer = At0930(new Vaccination("rabies"));
        longer.DurationMinutes = 60;
        NewVisit clinicDecides = At0930(new Vaccination("rabies"));
        clinicDecides.DurationMinutes = null;

        await client.ScheduleVisitAsync(7, standard);
        await client.ScheduleVisitAsync(7, longer);
        await client.ScheduleVisitAsync(7, clinicDecides);
        NewVisit tooLong = At0930(new Vaccination("rabies"));
        tooLong.DurationMinutes = 241;
        await Assert.ThrowsAsync<ArgumentException>(() => client.ScheduleVisitAsync(7, tooLong));

        Assert.Equal(30, standard.DurationMinutes);
        Assert.EndsWith(",\"durationMinutes\":30}", Clinic.Requests[0].BodyText, StringComparison.Ordinal);
        Assert.EndsWith(",\"durationMinutes\":60}", Clinic.Requests[1].BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("durationMinutes", Clinic.Requests[2].BodyText, StringComparison.Ordinal);
        Assert.Equal(3, Clinic.Requests.Count); // the one out of range was refused before sending
    }

    [Theory]
    [InlineData("""{"type":"vaccination","vaccine":"rabies","booster":true}""", typeof(Vaccination))]
    [InlineData("""{"type":"surgery","procedure":"dental cleaning","fastingHours":12}""", typeof(Surgery))]
    [InlineData("""{"procedure":"x-ray","type":"surgery"}""", typeof(Surgery))]
    [InlineData("""{"type":"acupuncture","needles":[1,2,{"depth":null}],"by":"Dr. Wu"}""", typeof(UnknownTreatment))]
    [InlineData("""{"vaccine":"none given"}""", typeof(UnknownTreatment))]
    public async Task Every_treatment_reads_as_its_subtype_and_round_trips(string treatment, Type expected)
    {
        Clinic.Answer(ClinicAnswer.Json(201, VisitJson(treatment)));
        PetClinicClient client = Clinic.Client();

        Visit first = await client.ScheduleVisitAsync(7, At0930(new Surgery("spay")));
        await client.ScheduleVisitAsync(7, At0930(first.Treatment));

        Assert.IsType(expected, first.Treatment);
        string sent = Clinic.Requests[1].BodyText;
        string expectedTreatment = expected == typeof(Surgery) && !treatment.StartsWith("""{"type""", StringComparison.Ordinal)
            ? """{"type":"surgery","procedure":"x-ray"}""" // the discriminator is written first
            : treatment;
        Assert.Equal("""{"scheduledFor":"2026-03-01T09:30:00+01:00","treatment":""" + expectedTreatment + ""","durationMinutes":30}""", sent);
    }

    [Fact]
    public async Task An_unknown_treatment_keeps_its_discriminator_and_json()
    {
        const string Acupuncture = """{"type":"acupuncture","needles":12}""";
        Clinic.Answer(ClinicAnswer.Json(201, VisitJson(Acupuncture)));

        Visit visit = await Clinic.Client().ScheduleVisitAsync(7, At0930(new Surgery("spay")));

        UnknownTreatment unknown = Assert.IsType<UnknownTreatment>(visit.Treatment);
        Assert.Equal("acupuncture", unknown.DiscriminatorValue);
        Assert.Equal(Acupuncture, unknown.Json.GetRawText());
    }

    [Fact]
    public async Task A_surgery_sends_its_discriminator_first()
    {
        Clinic.Answer(ClinicAnswer.Json(201, VisitJson(Vaccination)));

        await Clinic.Client().ScheduleVisitAsync(7, At0930(new Surgery("dental cleaning") { FastingHours = 12 }));

        Assert.Equal("""{"scheduledFor":"2026-03-01T09:30:00+01:00","treatment":{"type":"surgery","procedure":"dental cleaning","fastingHours":12},"durationMinutes":30}""", Clinic.Single.BodyText);
    }

    [Fact]
    public async Task A_treatment_breaking_its_subtypes_rules_is_refused_before_sending()
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(
            () => Clinic.Client().ScheduleVisitAsync(7, At0930(new Surgery("spay") { FastingHours = 25 })));

        Assert.Contains("FastingHours", error.Message, StringComparison.Ordinal);
        Assert.Empty(Clinic.Requests);
    }
}
