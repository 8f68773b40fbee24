using System;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// The frame every generated file shares: the auto-generated header, the namespace block around the types, and the
/// <c>[GeneratedCode]</c> attribute each type carries. Emitters write only their types.
/// </summary>
internal static class SourceFile
{
    /// <summary>Placed on every generated type, so analyzers and coverage tools know the code is generated.</summary>
    public const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"SdkGen\", \"" + GeneratorInfo.Version + "\")]";

    /// <summary>A whole file: header, <c>namespace</c> <paramref name="namespaceName"/>, the types <paramref name="writeTypes"/> writes.</summary>
    public static string Write(string namespaceName, Action<SourceWriter> writeTypes)
    {
        var w = new SourceWriter().FileHeader();
        w.OpenBlock("namespace " + namespaceName);
        writeTypes(w);
        w.CloseBlock();
        return w.ToString();
    }
}
