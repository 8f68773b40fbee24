namespace SdkGen.Cli;

/// <summary>Bad input found after parsing (a missing credential, an option the vendor does not have): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
