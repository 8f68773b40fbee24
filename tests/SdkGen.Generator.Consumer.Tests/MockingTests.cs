using Consumer.Features;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>Generated clients can be replaced in the consumer's own tests without an HTTP stack.</summary>
public sealed class MockingTests
{
    private const string OwnerId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    private sealed class FakeFeatureClient : FeatureClient
    {
        public List<string> Calls { get; } = new();

        public override Uri Endpoint => new("https://fake.invalid/");

        public override Task<Recording> GetRecordingAsync(
            string accountSid,
            string recordingSid,
            IList<GetRecordingIncludeItem>? include = null,
            int? pageSize = null,
            string? xRequestId = null,
            CancellationToken cancellationToken = default)
        {
            Calls.Add(accountSid + "/" + recordingSid + "?" + string.Join(",", include?.Select(i => i.ToWireValue()) ?? []));
            var recording = new Recording(recordingSid, RecordingStatus.Stopped, 2)
            {
                Duration = "61",
                Owner = new Owner("Ann", OwnerId),
                Track = RecordingTrack.Inbound,
                Tags = new List<string> { "t" },
            };
            recording.Owner.AdditionalProperties["team"] = System.Text.Json.JsonDocument.Parse("\"blue\"").RootElement.Clone();
            return Task.FromResult(recording);
        }
    }

    // Code under test in a consumer application: it only knows FeatureClient.
    private static async Task<string> DescribeAsync(FeatureClient client, string accountSid)
    {
        Recording r = await client.GetRecordingAsync(accountSid, "Current", new List<GetRecordingIncludeItem> { GetRecordingIncludeItem.Owner });
        return r.Sid + " " + r.Status.ToWireValue() + " " + r.Channels + "ch " + r.Owner?.Name + " " + r.TrackWireValue;
    }

    [Fact]
    public async Task A_subclass_overrides_GetRecordingAsync()
    {
        var fake = new FakeFeatureClient();

        string text = await DescribeAsync(fake, "AC0123456789abcdef0123456789abcdef");

        Assert.Equal("Current stopped 2ch Ann inbound", text);
        Assert.Equal(new[] { "AC0123456789abcdef0123456789abcdef/Current?owner" }, fake.Calls);
        Assert.Equal(new Uri("https://fake.invalid/"), fake.Endpoint);
    }

    [Fact]
    public void Models_are_built_with_their_public_constructors_and_setters()
    {
        var recording = new Recording("REx", RecordingStatus.InProgress, 1) { Price = 1.25, Labels = new Dictionary<string, string> { ["k"] = "v" } };

        Assert.Equal(RecordingStatus.InProgress, recording.Status);
        Assert.Equal("in-progress", recording.StatusWireValue);
        recording.StatusWireValue = "archived";
        Assert.Equal(RecordingStatus.Unknown, recording.Status);
        recording.Track = RecordingTrack.Outbound;
        Assert.Equal("outbound", recording.TrackWireValue);
        recording.Track = null;
        Assert.Null(recording.TrackWireValue);
        Assert.Throws<ArgumentNullException>(() => new Recording(null!, RecordingStatus.Paused, 1));
        Assert.Throws<ArgumentNullException>(() => new Owner("n", null!));
        Assert.Empty(new Owner("n", OwnerId).AdditionalProperties);
        Assert.Equal(7, new Ack(7).StatusCode);
        Assert.Null(new Error().Code);
    }

    [Fact]
    public void Every_operation_is_virtual()
    {
        var methods = typeof(FeatureClient).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(
            new[] { "CreateNoteAsync", "DeleteRecordingAsync", "GetPingAsync", "GetRecordingAsync", "ListNotesAsync", "ReplaceNotesAsync", "UpdateRecordingAsync" }
                .SelectMany(name => new[] { name, name[..^"Async".Length] + "WithResponseAsync" }).Order(StringComparer.Ordinal),
            methods.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.All(methods, m => Assert.True(m.IsVirtual && !m.IsFinal, m.Name));
    }
}
