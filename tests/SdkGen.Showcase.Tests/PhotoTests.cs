using SdkGen.Runtime;
using SdkGen.Showcase.Tests.Infrastructure;
using Showcase.PetClinic;

namespace SdkGen.Showcase.Tests;

/// <summary><c>GET /pets/{petId}/photo</c>: a JPEG handed over as a stream, byte for byte; an error still typed.</summary>
public sealed class PhotoTests : ClinicTest
{
    // A JPEG's start and end markers around bytes that are not UTF-8 (0xFF, 0x00, 0x80): nothing may decode them as text.
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x80, 0x0D, 0x0A, 0xFF, 0xD9];

    [Fact]
    public async Task The_photo_arrives_as_the_exact_bytes_with_its_media_type()
    {
        Clinic.Answer(ClinicAnswer.Bytes(Jpeg, "image/jpeg"));

        await using ResponseStream photo = await Clinic.Client().DownloadPhotoAsync(7);
        using var copy = new MemoryStream();
        await photo.CopyToAsync(copy);

        Assert.Equal(Jpeg, copy.ToArray());
        Assert.Equal(("image/jpeg", (long?)Jpeg.Length, 200), (photo.ContentType, photo.ContentLength, photo.StatusCode));
        Assert.Equal(("GET", "/v2/pets/7/photo"), (Clinic.Single.Method, Clinic.Single.Target));
        Assert.Equal("image/jpeg", Clinic.Single.Header("Accept"));
    }

    [Fact]
    public async Task With_response_the_stream_comes_with_status_and_headers()
    {
        Clinic.Answer(new ClinicAnswer(200, Jpeg, "image/jpeg", new Dictionary<string, string> { ["Cache-Control"] = "max-age=3600" }));

        var response = await Clinic.Client().DownloadPhotoWithResponseAsync(7);
        await using ResponseStream photo = response.Value;
        using var copy = new MemoryStream();
        await photo.CopyToAsync(copy);

        Assert.Equal((200, "max-age=3600"), (response.Status, response.Headers.GetValue("Cache-Control")));
        Assert.Equal(Jpeg, copy.ToArray());
    }

    [Fact]
    public async Task A_missing_photo_is_the_typed_error_not_a_stream()
    {
        Clinic.Answer(ClinicAnswer.Json(404, ClinicJson.NotFound));

        var error = await Assert.ThrowsAsync<ApiException<Error>>(() => Clinic.Client().DownloadPhotoAsync(404));

        Assert.Equal((404, "pet_not_found"), (error.Status, error.ErrorCode));
    }
}
