using System.Text.Json.Nodes;

namespace SdkGen.Simulator.Http;

/// <summary>
/// Fields no vendor spec declares, added when <see cref="ResponseVariations.ExtraUnknownFields"/> is on: vendors add
/// fields without notice, and a lenient reader must skip them whatever their JSON kind.
/// </summary>
internal static class UnknownFields
{
    public static JsonObject AddTo(JsonObject body, ResponseVariations variations)
    {
        if (variations.ExtraUnknownFields)
        {
            body["x_simulator_note"] = "a field no spec declares";
            body["x_simulator_revision"] = 7;
            body["x_simulator_details"] = new JsonObject { ["items"] = new JsonArray(1, "two", null, new JsonObject()) };
        }

        return body;
    }
}
