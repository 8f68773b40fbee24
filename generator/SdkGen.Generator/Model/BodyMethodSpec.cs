using System.Linq;

namespace SdkGen.Generator.Model;

/// <summary>
/// A serializer method for a body that is not a model (<c>ReadBodyArrayOfPet</c>): one per distinct
/// <paramref name="Type"/>, named by <c>Naming/HelperNames</c>.
/// </summary>
/// <param name="Type">The body's type.</param>
/// <param name="MethodName">The method's name in <see cref="DocumentSpec.SerializerClassName"/>.</param>
internal sealed record BodyMethodSpec(TypeRefSpec Type, string MethodName)
{
    /// <summary>The method of <paramref name="methods"/> for <paramref name="type"/>.</summary>
    public static string For(ImmutableEquatableArray<BodyMethodSpec> methods, TypeRefSpec type) =>
        methods.First(m => m.Type == type).MethodName;
}
