using System.Globalization;

namespace SdkGen.Benchmarks.Infrastructure;

/// <summary>Key figures for run.sh's report (targets met or missed), appended as <c>key=value</c> lines to $SDKGEN_BENCH_FIGURES.</summary>
internal static class Figures
{
    public static void Record(string key, double value) => Record(key, value.ToString("R", CultureInfo.InvariantCulture));

    public static void Record(string key, string value)
    {
        string? path = Environment.GetEnvironmentVariable("SDKGEN_BENCH_FIGURES");
        if (!string.IsNullOrEmpty(path))
        {
            File.AppendAllText(path, key + "=" + value + Environment.NewLine);
        }
    }
}
