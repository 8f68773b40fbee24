using Microsoft.Extensions.Options;

namespace SdkGen.Recording.DependencyInjection;

/// <summary>Reports every missing or invalid setting by name, at start-up when the host validates options.</summary>
internal sealed class RecordingOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : RecordingControlOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        IReadOnlyList<string> problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
