using System.Reflection;
using Showcase.PetClinic;

namespace SdkGen.Showcase.Tests;

/// <summary>
/// Which of the spec's operations became methods. The build suppresses SDKGEN013 for uploadPhoto (multipart/form-data
/// is not generated yet); this pins that it is the only one missing, so no other loss can hide behind that suppression.
/// </summary>
public sealed class SurfaceTests
{
    [Fact]
    public void Every_operation_but_the_multipart_upload_is_a_method()
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
                "UpdatePetAsync", "UpdatePetWithResponseAsync",
            ],
            methods);
    }
}
