namespace SdkGen.Cli;

/// <summary>What <c>sdkgen</c> returns to the shell.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The vendor (or the demo's simulator) answered with an error, or a demo step went wrong.</summary>
    public const int Failure = 1;

    /// <summary>The command line or the environment is wrong: nothing was sent.</summary>
    public const int BadInput = 2;
}
