using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SdkGen.Benchmarks.Infrastructure;
using SdkGen.Generator.Emitting;
using SdkGen.Generator.Model;
using SdkGen.Generator.Parsing;

namespace SdkGen.Benchmarks.Generator;

/// <summary>
/// For attaching a profiler (dotnet-trace, dotnet-counters): does the set-up, prints READY with the process id,
/// then repeats one piece of work for the given time. <c>profile rerun|driver|parse|emit|call-sdkgen|call-hand [SPEC…] [--seconds N]</c>.
/// </summary>
internal static class ProfileLoop
{
    public static int Run(string[] args)
    {
        string what = args[0];
        int seconds = 20;
        var names = new List<string>();
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--seconds")
            {
                seconds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                names.Add(args[i]);
            }
        }

        List<BenchSpec> specs = what.StartsWith("call-", StringComparison.Ordinal) ? [] : names.Count > 0 ? names.Select(Specs.Load).ToList() : [.. Specs.VendorNames.Select(Specs.Load), Specs.Load("github-json")];
        Action work = what switch
        {
            "rerun" => Rerun(specs),
            "driver" => () => DriverFactory.Create(specs, false, out _).RunGenerators(DriverFactory.CreateCompilation()),
            "parse" => () => specs.ForEach(s => SpecParser.Parse(new SpecFileInput(s.Path, s.Text, s.Namespace, s.ClientName), CancellationToken.None)),
            "emit" => Emit(specs),
            "call-sdkgen" => Calls(b => b.Generated()),
            "call-hand" => Calls(b => b.HandWritten()),
            _ => throw new ArgumentException("profile rerun|driver|parse|emit|call-sdkgen|call-hand"),
        };

        work();
        Console.WriteLine("READY " + Environment.ProcessId);
        var until = DateTime.UtcNow.AddSeconds(seconds);
        int count = 0;
        while (DateTime.UtcNow < until)
        {
            work();
            count++;
        }

        Console.WriteLine($"DONE {count} iterations");
        return 0;
    }

    private static Action Rerun(List<BenchSpec> specs)
    {
        GeneratorDriver driver = DriverFactory.Create(specs, false, out _);
        CSharpCompilation compilation = DriverFactory.CreateCompilation();
        driver = driver.RunGenerators(compilation);
        int i = 0;
        return () =>
        {
            compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText($"class C{i++} {{ }}", DriverFactory.ParseOptions));
            driver = driver.RunGenerators(compilation);
        };
    }

    private static Action Calls(Func<PerCall.TwilioPerCallBenchmarks, Task> call)
    {
        var benchmarks = new PerCall.TwilioPerCallBenchmarks();
        benchmarks.Setup();
        return () =>
        {
            for (int i = 0; i < 10_000; i++)
            {
                call(benchmarks).GetAwaiter().GetResult();
            }
        };
    }

    private static Action Emit(List<BenchSpec> specs)
    {
        var documents = specs.Select(s => SpecParser.Parse(new SpecFileInput(s.Path, s.Text, s.Namespace, s.ClientName), CancellationToken.None).Document!).ToList();
        return () => documents.ForEach(d => DocumentEmitter.Emit(d, dependencyInjection: false, CancellationToken.None));
    }
}
