namespace SdkGen.Generator.Model;

/// <summary>The outcome of reading one spec: the document to emit (absent on fatal errors) and the diagnostics.</summary>
internal sealed record ParsedDocument(DocumentSpec? Document, ImmutableEquatableArray<DiagnosticInfo> Diagnostics);
