namespace SdkGen.Generator.Model;

/// <summary>
/// A pattern's check in the validation class: one per distinct pattern, numbered in the order the document first uses
/// them, named by <c>Naming/HelperNames</c>.
/// </summary>
/// <param name="Pattern">The ECMA-262 pattern as written.</param>
/// <param name="MethodName">The check (<c>MatchesPattern{n}</c>).</param>
/// <param name="RegexFieldName">The compiled <c>Regex</c> it uses when the pattern is not checked character by character.</param>
internal sealed record PatternMethodSpec(string Pattern, string MethodName, string RegexFieldName);
