namespace SdkGen.Generator.Emitting;

internal static class GeneratorInfo
{
    /// <summary>Stamped into [GeneratedCode]; kept constant so snapshots do not change with every build number.</summary>
    public const string Version = "0.1.0";
}
