using SdkGen.Packaging.Tests.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Packaging.Tests;

/// <summary>A fresh console app installs <c>SdkGen.Recording</c> from the feed and drives a recording in the simulator.</summary>
[Collection(PackagingCollection.Name)]
[Trait("Category", "Packaging")]
public sealed class RecordingPackageConsumerTests(PackagedFeed feed, ITestOutputHelper output)
{
    private const string Program = """
        using SdkGen.Recording;
        using SdkGen.Recording.Twilio;

        string Setting(string name) =>
            Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException(name + " is not set.");

        using var http = new HttpClient();
        var control = new TwilioRecordingControl(http, new TwilioRecordingControlOptions
        {
            Endpoint = new Uri(Setting("TWILIO_BASE_URL")),
            AccountSid = Setting("TWILIO_ACCOUNT_SID"),
            AuthToken = Setting("TWILIO_AUTH_TOKEN"),
            PauseBehavior = PauseBehavior.Skip,
        });

        var call = new CallReference(args[0]);
        RecordingState paused = await control.PauseAsync(call);
        Console.WriteLine("after pause: " + paused);
        RecordingState resumed = await control.ResumeAsync(call);
        Console.WriteLine("after resume: " + resumed);
        return paused == RecordingState.Paused && resumed == RecordingState.Recording ? 0 : 1;
        """;

    [Fact]
    public async Task Console_app_pauses_and_resumes_a_Twilio_recording_with_the_packed_SDK()
    {
        output.WriteLine($"copy ({feed.CopiedFiles} files): {feed.CopyTime.TotalSeconds:F1} s, pack (once per run): {feed.PackResult.Elapsed.TotalSeconds:F1} s");
        ConsumerProject project = feed.CreateConsumer("recording-console");
        project.WriteFile("RecordingConsumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SdkGen.Recording" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        project.WriteFile("Program.cs", Program);

        await using VendorSimulator simulator = await VendorSimulator.StartAsync(new SimulatorOptions());
        SeededCall call = simulator.State.AddCall(SimulatedVendor.Twilio, recordingCount: 1);

        ProcessResult run = await project.DotNetAsync(
            ["run", "--", call.CallId],
            new Dictionary<string, string?>
            {
                ["TWILIO_BASE_URL"] = simulator.TwilioBaseUri.ToString(),
                ["TWILIO_ACCOUNT_SID"] = simulator.Options.TwilioAccountSid,
                ["TWILIO_AUTH_TOKEN"] = simulator.Options.TwilioAuthToken,
            });
        output.WriteLine($"dotnet run (restore + build + run): {run.Elapsed.TotalSeconds:F1} s");
        run.EnsureSuccess("Running the console app that uses the packed SdkGen.Recording");
        Assert.Contains("after pause: Paused", run.StandardOutput);
        Assert.Contains("after resume: Recording", run.StandardOutput);

        RecordingSnapshot? recording = simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId);
        Assert.NotNull(recording);
        Assert.Equal(SimulatedRecordingStatus.InProgress, recording.Status);
        Assert.Equal("skip", recording.PauseBehavior);
        Assert.Equal(2, recording.AcceptedUpdates);
        Assert.Equal(2, simulator.State.GetRequestCount(SimulatedVendor.Twilio));
        Assert.Equal(2, simulator.State.TotalRequestCount);

        // Restore took this run's packages, from the feed, and nothing of the generator.
        IReadOnlyDictionary<string, string> resolved = project.ResolvedPackages();
        Assert.Equal(feed.Version, resolved.GetValueOrDefault(PackagedFeed.RecordingId));
        Assert.Equal(feed.Version, resolved.GetValueOrDefault(PackagedFeed.RuntimeId));
        Assert.False(resolved.ContainsKey(PackagedFeed.GeneratorId), "SdkGen.Generator must not flow to SdkGen.Recording's users.");
        string? extracted = project.ResolvedPackagePath(PackagedFeed.RecordingId, feed.Version);
        Assert.True(
            extracted is not null && extracted.StartsWith(project.PackagesFolder, StringComparison.Ordinal),
            $"SdkGen.Recording was not extracted into the test's own packages folder {project.PackagesFolder} (found: {extracted}).");
    }
}
