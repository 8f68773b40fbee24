using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Emits <c>I{Client}</c> (<c>SdkGenClientInterface</c>): every operation method of the client, with the client's own
/// signature (<see cref="OperationSignature"/>), and a partial declaration of the client implementing it.
/// </summary>
internal static class ClientInterfaceEmitter
{
    public static string Emit(DocumentSpec document, ClientSpec client, string interfaceName) =>
        SourceFile.Write(document, w => EmitTypes(w, document, client, interfaceName));

    private static void EmitTypes(SourceWriter w, DocumentSpec document, ClientSpec client, string interfaceName)
    {
        string accessibility = Accessibility.Of(document);
        w.Summary("The operations of <see cref=\"" + client.Name + "\"/>, for code that depends on an interface rather than the class.");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.OpenBlock(accessibility + " partial interface " + interfaceName);
        bool first = true;
        foreach (OperationSpec operation in client.Operations)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Line("/// <inheritdoc cref=\"" + client.Name + "." + OperationSignature.Cref(operation, operation.MethodName) + "\"/>");
            OperationSignature.EmitObsolete(w, operation);
            w.Line(OperationSignature.ReturnType(operation) + " " + operation.MethodName + "(" + OperationSignature.Parameters(operation) + ");");
            w.Line();
            w.Line("/// <inheritdoc cref=\"" + client.Name + "." + OperationSignature.Cref(operation, operation.WithResponseMethodName) + "\"/>");
            OperationSignature.EmitObsolete(w, operation);
            w.Line(OperationSignature.WithResponseReturnType(operation) + " " + operation.WithResponseMethodName + "(" + OperationSignature.Parameters(operation) + ");");
        }

        w.CloseBlock();
        w.Line();
        // No modifiers: the client's main declaration carries them.
        w.Line("partial class " + client.Name + " : " + interfaceName);
        w.OpenBlock();
        w.CloseBlock();
    }
}
