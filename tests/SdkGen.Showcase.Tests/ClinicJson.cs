namespace SdkGen.Showcase.Tests;

/// <summary>Bodies the clinic answers with, as its service would write them.</summary>
internal static class ClinicJson
{
    public const string Rex =
        """{"id":7,"name":"Rex","species":"dog","birthDate":"2019-04-01","chipId":null,"notes":"Bites the vet.","tattoo":"K9-1138","createdAt":"2024-02-29T13:05:00.25+01:00"}""";

    /// <summary>A species this client does not know yet ("ferret"), no birth date, a chip number.</summary>
    public const string Nibbles =
        """{"id":8,"name":"Nibbles","species":"ferret","chipId":"276098106543210","createdAt":"2025-12-31T23:59:59Z"}""";

    public const string NotFound =
        """{"code":"pet_not_found","message":"No pet 404 at this clinic.","details":["checked active pets","checked archive"]}""";
}
