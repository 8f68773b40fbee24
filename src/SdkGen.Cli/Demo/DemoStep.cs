using SdkGen.Cli.Vendors;

namespace SdkGen.Cli.Demo;

/// <summary>One line of the demo table: what was sent, the state the vendor reported, and the state the simulator holds.</summary>
internal sealed record DemoStep(Vendor Vendor, RecordingAction Action, string Request, string Reported, string ServerState, bool Succeeded);
