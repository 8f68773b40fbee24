using System.Reflection;
using SdkGen.Showcase.Tests.Infrastructure;
using Showcase.PetClinic;

namespace SdkGen.Showcase.Tests;

/// <summary>
/// <c>searchPets</c> and <c>Pet.tattoo</c> are deprecated in the spec: callers get a compiler warning, the generated
/// code itself builds under warnings-as-errors, and the call still works.
/// </summary>
public sealed class DeprecationTests : ClinicTest
{
    [Fact]
    public void The_deprecated_operation_is_obsolete_and_the_others_are_not()
    {
        MethodInfo[] operations = typeof(PetClinicClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.Equal(
            ["SearchPetsAsync", "SearchPetsWithResponseAsync"],
            operations.Where(m => m.GetCustomAttribute<ObsoleteAttribute>() is not null).Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Equal("The service marks this operation as deprecated.", operations.Single(m => m.Name == "SearchPetsAsync").GetCustomAttribute<ObsoleteAttribute>()!.Message);
    }

    [Fact]
    public void The_deprecated_property_is_obsolete_and_no_other_is()
    {
        string[] obsolete = typeof(Pet).Assembly.GetTypes()
            .Where(t => t.Namespace == "Showcase.PetClinic")
            .SelectMany(t => t.GetProperties())
            .Where(p => p.GetCustomAttribute<ObsoleteAttribute>() is not null)
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToArray();

        Assert.Equal(["Pet.Tattoo"], obsolete);
        Assert.Equal("The service marks this property as deprecated.", typeof(Pet).GetProperty("Tattoo")!.GetCustomAttribute<ObsoleteAttribute>()!.Message);
    }

    [Fact]
    public async Task The_deprecated_search_still_sends_its_query()
    {
        Clinic.Answer(ClinicAnswer.Json(200, "[" + ClinicJson.Rex + "]"));

#pragma warning disable CS0618 // What a caller that still uses the deprecated operation writes.
        var found = await Clinic.Client().SearchPetsAsync("Rex & Co");
        var empty = await Assert.ThrowsAnyAsync<ArgumentException>(() => Clinic.Client().SearchPetsAsync(""));
#pragma warning restore CS0618

        Assert.Equal("/v2/pets/search?name=Rex%20%26%20Co", Clinic.Single.Target);
        Assert.Equal("Rex", Assert.Single(found).Name);
        Assert.Equal("name", empty.ParamName);
    }
}
