namespace SdkGen.Generator.Emitting;

/// <summary>One generated source file: the hint name passed to AddSource and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Source);
