using System;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// The frame every generated file shares: the auto-generated header, the namespace block around the types, and the
/// <c>[GeneratedCode]</c> attribute each type carries. Emitters write only their types.
/// </summary>
internal static class SourceFile
{
    /// <summary>Placed on every generated type, so analyzers and coverage tools know the code is generated.</summary>
    public const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"SdkGen\", \"" + GeneratorInfo.Version + "\")]";

    /// <summary>
    /// A whole file of <paramref name="document"/>: header (suppressing CS0612/CS0618 when the document
    /// <see cref="DocumentSpec.UsesDeprecated"/>), its namespace, the types <paramref name="writeTypes"/> writes.
    /// </summary>
    public static string Write(DocumentSpec document, Action<SourceWriter> writeTypes)
    {
        var w = new SourceWriter().FileHeader(document.UsesDeprecated ? Deprecation.Suppression : Array.Empty<string>());
        w.OpenBlock("namespace " + document.Namespace);
        writeTypes(w);
        w.CloseBlock();
        return w.ToString();
    }
}
