using System.Xml.Linq;
using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control;

/// <summary>
/// Pausing a paused recording and resuming one that records, per vendor, as each control's XML documentation
/// says: Bandwidth, Twilio and SignalWire succeed with the state (a retried request is harmless); GWS refuses with
/// statusCode 2, which is <see cref="InvalidRecordingStateException"/>.
/// </summary>
public sealed class IdempotenceTests
{
    [Theory]
    [InlineData(RecordingVendor.Bandwidth)]
    [InlineData(RecordingVendor.Twilio)]
    [InlineData(RecordingVendor.SignalWire)]
    public async Task Pausing_a_paused_recording_succeeds_with_Paused(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));
        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));

        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));
        Assert.Equal(2, harness.OperationRequests(vendor));
        Assert.Equal(2, harness.RecordingOf(vendor, call).AcceptedUpdates);
    }

    [Theory]
    [InlineData(RecordingVendor.Bandwidth)]
    [InlineData(RecordingVendor.Twilio)]
    [InlineData(RecordingVendor.SignalWire)]
    public async Task Resuming_a_recording_that_records_succeeds_with_Recording(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);

        Assert.Equal(RecordingState.Recording, await control.ResumeAsync(call));

        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
        Assert.Equal(1, harness.RecordingOf(vendor, call).AcceptedUpdates);
    }

    [Fact]
    public async Task Twilio_a_second_pause_keeps_the_first_pauses_PauseBehavior()
    {
        await using var harness = await ControlHarness.StartAsync();
        var control = (TwilioRecordingControl)harness.Create(RecordingVendor.Twilio);
        CallReference call = harness.AddCall(RecordingVendor.Twilio);

        await control.PauseAsync(call, Twilio.PauseBehavior.Skip);
        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call, Twilio.PauseBehavior.Silence));

        Assert.Equal("skip", harness.RecordingOf(RecordingVendor.Twilio, call).PauseBehavior);
    }

    [Fact]
    public async Task Genesys_pausing_a_paused_recording_is_InvalidRecordingStateException()
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(RecordingVendor.Genesys);
        CallReference call = harness.AddCall(RecordingVendor.Genesys);
        await control.PauseAsync(call);

        var ex = await Assert.ThrowsAsync<InvalidRecordingStateException>(() => control.PauseAsync(call));

        Assert.Equal(200, ex.Status);
        Assert.Equal("2", ex.VendorCode);
        Assert.Contains("PauseCallRecording", ex.VendorMessage, StringComparison.Ordinal);
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(RecordingVendor.Genesys, call));
        Assert.Equal(2, harness.OperationRequests(RecordingVendor.Genesys));
    }

    [Fact]
    public async Task Genesys_resuming_a_recording_that_records_is_InvalidRecordingStateException()
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(RecordingVendor.Genesys);
        CallReference call = harness.AddCall(RecordingVendor.Genesys);

        var ex = await Assert.ThrowsAsync<InvalidRecordingStateException>(() => control.ResumeAsync(call));

        Assert.Equal(200, ex.Status);
        Assert.Equal("2", ex.VendorCode);
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(RecordingVendor.Genesys, call));
    }

    [Theory]
    [InlineData(typeof(BandwidthRecordingControl), false)]
    [InlineData(typeof(TwilioRecordingControl), false)]
    [InlineData(typeof(SignalWireRecordingControl), false)]
    [InlineData(typeof(GenesysRecordingControl), true)]
    public void The_XML_documentation_states_the_idempotence_these_tests_check(Type control, bool refuses)
    {
        string path = Path.ChangeExtension(control.Assembly.Location, ".xml");
        Assert.True(File.Exists(path), "the SDK ships its XML documentation: " + path);
        XElement member = XDocument.Load(path).Descendants("member")
            .Single(m => (string?)m.Attribute("name") == "T:" + control.FullName);
        string summary = string.Join(" ", member.Element("summary")!.DescendantNodes().Select(n => n switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" } see => (string?)see.Attribute("cref") ?? "",
            _ => "",
        }));
        summary = string.Join(" ", summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        int start = summary.IndexOf("Idempotence:", StringComparison.Ordinal);
        Assert.True(start >= 0, control.Name + " documents its idempotence");
        string sentence = summary[start..];

        if (refuses)
        {
            Assert.Contains("statusCode 2", sentence, StringComparison.Ordinal);
            Assert.Contains("T:SdkGen.Recording.InvalidRecordingStateException", sentence, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("200", sentence, StringComparison.Ordinal);
            Assert.Contains("pausing a paused recording", sentence, StringComparison.Ordinal);
        }
    }
}
