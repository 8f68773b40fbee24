using System.Text.Json.Nodes;

namespace SdkGen.Generator.Parsing.Text;

/// <summary>
/// Outcome of turning spec text into a JSON tree. Exactly one of <see cref="Root"/> and <see cref="Error"/> is
/// set, so callers branch on <see cref="Error"/> and never see a half-built tree.
/// </summary>
internal sealed class SpecTextReadResult
{
    private SpecTextReadResult(JsonNode? root, SourceLineMap lineMap, SpecSyntaxError? error)
    {
        Root = root;
        LineMap = lineMap;
        Error = error;
    }

    public JsonNode? Root { get; }

    /// <summary>
    /// Positions of the nodes read. On failure it still holds what was read before the error, and it always
    /// knows the text's lines, so it can place the error itself.
    /// </summary>
    public SourceLineMap LineMap { get; }

    public SpecSyntaxError? Error { get; }

    public static SpecTextReadResult Success(JsonNode root, SourceLineMap lineMap) => new SpecTextReadResult(root, lineMap, null);

    public static SpecTextReadResult Failure(SpecSyntaxError error, SourceLineMap lineMap) => new SpecTextReadResult(null, lineMap, error);
}

/// <summary>Why the text is not a usable document, and where; <see cref="SourcePosition"/> is 0-based.</summary>
internal sealed record SpecSyntaxError(string Message, SourcePosition Position);
