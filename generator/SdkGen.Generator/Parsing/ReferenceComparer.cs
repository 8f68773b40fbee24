using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SdkGen.Generator.Parsing;

/// <summary>Equality by identity: the same object model node is the same, whatever the object model says equality is.</summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
