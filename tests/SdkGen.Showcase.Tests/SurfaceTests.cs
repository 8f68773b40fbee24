using System.Reflection;
using Showcase.PetClinic;

namespace SdkGen.Showcase.Tests;

/// <summary>
/// Which of the spec's operations became methods: every one, the multipart upload included (the build suppresses no
/// generator warning, so a lost operation would fail it first).
/// </summary>
public sealed class SurfaceTests
{
    [Fact]
    public void Every_operation_is_a_method()
    {
        string[] methods = typeof(PetClinicClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            [
                "CreatePetAsync", "CreatePetWithResponseAsync", "DeletePetAsync", "DeletePetWithResponseAsync",
                "DownloadPhotoAsync", "DownloadPhotoWithResponseAsync", "GetHealthAsync", "GetHealthWithResponseAsync",
                "GetPetAsync", "GetPetWithResponseAsync", "ListPetsAsync", "ListPetsWithResponseAsync",
                "ScheduleVisitAsync", "ScheduleVisitWithResponseAsync", "SearchPetsAsync", "SearchPetsWithResponseAsync",
                "UpdatePetAsync", "UpdatePetWithResponseAsync", "UploadPhotoAsync", "UploadPhotoWithResponseAsync",
                "UploadRecordsAsync", "UploadRecordsWithResponseAsync",
            ],
            methods);
    }
}
