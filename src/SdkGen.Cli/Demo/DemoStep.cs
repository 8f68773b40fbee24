using SdkGen.Cli.Vendors;

namespace SdkGen.Cli.Demo;

/// <summary>One line of the demo table: what was asked, what the vendor said, and the state the simulator holds afterwards.</summary>
internal sealed record DemoStep(Vendor Vendor, RecordingAction Action, string Request, string Reply, string State, bool Succeeded);
