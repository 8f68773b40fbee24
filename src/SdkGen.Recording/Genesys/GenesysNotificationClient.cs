using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SdkGen.Runtime;
using SdkGen.Runtime.Internal;

namespace SdkGen.Recording.Genesys;

/// <summary>
/// Receives Genesys Web Services call notifications over CometD (Bayeux long-polling on
/// <c>/api/v2/notifications</c>). GWS answers a recording operation with "accepted" only; the real outcome,
/// <c>CallRecordingStateChange</c>, arrives here.
/// </summary>
/// <remarks>
/// Call <see cref="ConnectAsync"/> once (handshake and subscription to <c>/v2/me/calls</c>), then
/// <see cref="PollAsync"/> in a loop, or <see cref="WaitForRecordingStateAsync"/>. One poll at a time per instance.
/// Use the same <see cref="HttpClient"/> as the <see cref="GenesysClient"/> so a <see cref="GenesysCsrfHandler"/>
/// covers both.
/// </remarks>
public class GenesysNotificationClient
{
    private const string ServiceName = "Genesys Web Services";
    private readonly HttpClient _httpClient;
    private readonly Uri _notificationsUri;
    private readonly AuthenticationHeaderValue? _authorization;
    private string? _clientId;

    /// <summary>For mocking.</summary>
    protected GenesysNotificationClient()
    {
        _httpClient = null!;
        _notificationsUri = null!;
    }

    /// <summary>Creates a notification client for the server and credentials in <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options name no usable endpoint.</exception>
    public GenesysNotificationClient(HttpClient httpClient, GenesysClientOptions options)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        string endpoint = options.ResolveEndpoint().AbsoluteUri.TrimEnd('/');
        _notificationsUri = new Uri(endpoint + "/api/v2/notifications");
        _authorization = options.BasicAuth?.ToAuthorizationHeader();
    }

    /// <summary>The Bayeux client id once connected.</summary>
    public virtual string? ClientId => _clientId;

    /// <summary>Performs the Bayeux handshake and subscribes to <see cref="CallStateChangeNotification.CallsChannel"/>.</summary>
    /// <exception cref="ApiException">The server refused the handshake or the subscription.</exception>
    public virtual async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        using JsonDocument handshake = await SendAsync(writer =>
        {
            writer.WriteString("channel", "/meta/handshake");
            writer.WriteString("version", "1.0");
            writer.WriteStartArray("supportedConnectionTypes");
            writer.WriteStringValue("long-polling");
            writer.WriteEndArray();
        }, cancellationToken).ConfigureAwait(false);
        JsonElement reply = Meta(handshake, "/meta/handshake");
        _clientId = reply.TryGetProperty("clientId", out JsonElement id) ? id.GetString() : null;
        if (_clientId is null)
        {
            throw Refused("handshake", reply, handshake);
        }

        using JsonDocument subscribe = await SendAsync(writer =>
        {
            writer.WriteString("channel", "/meta/subscribe");
            writer.WriteString("clientId", _clientId);
            writer.WriteString("subscription", CallStateChangeNotification.CallsChannel);
        }, cancellationToken).ConfigureAwait(false);
        Meta(subscribe, "/meta/subscribe");
    }

    /// <summary>
    /// One long poll (<c>/meta/connect</c>): waits until the server has notifications or its poll timeout passes,
    /// and returns the call notifications delivered (possibly none).
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="ConnectAsync"/> has not succeeded.</exception>
    /// <exception cref="ApiException">The server refused the poll.</exception>
    public virtual async Task<IReadOnlyList<CallStateChangeNotification>> PollAsync(CancellationToken cancellationToken = default)
    {
        string clientId = _clientId ?? throw new InvalidOperationException("Call ConnectAsync before polling.");
        using JsonDocument reply = await SendAsync(writer =>
        {
            writer.WriteString("channel", "/meta/connect");
            writer.WriteString("clientId", clientId);
            writer.WriteString("connectionType", "long-polling");
        }, cancellationToken).ConfigureAwait(false);
        Meta(reply, "/meta/connect");
        return CallStateChangeNotification.ParseMessages(reply.RootElement.GetRawText());
    }

    /// <summary>
    /// Polls until a notification reports <paramref name="state"/> for the call <paramref name="callId"/> and
    /// returns it. Bound the wait with <paramref name="cancellationToken"/> (e.g. a <see cref="CancellationTokenSource"/> with a timeout).
    /// </summary>
    public virtual async Task<CallStateChangeNotification> WaitForRecordingStateAsync(string callId, CallRecordingState state, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(callId))
        {
            throw new ArgumentException("A call id is required.", nameof(callId));
        }

        while (true)
        {
            foreach (CallStateChangeNotification notification in await PollAsync(cancellationToken).ConfigureAwait(false))
            {
                Call? call = notification.Data?.Call;
                if (call?.Id == callId && call.RecordingState == state)
                {
                    return notification;
                }
            }
        }
    }

    /// <summary>Ends the Bayeux session.</summary>
    public virtual async Task DisconnectAsync(CancellationToken cancellationToken = default)
    {
        if (_clientId is not { } clientId)
        {
            return;
        }

        using JsonDocument reply = await SendAsync(writer =>
        {
            writer.WriteString("channel", "/meta/disconnect");
            writer.WriteString("clientId", clientId);
        }, cancellationToken).ConfigureAwait(false);
        _clientId = null;
    }

    /// <summary>The most a CometD answer may hold: a batch of call notifications is a few KiB; 4 MiB as for the generated clients.</summary>
    private const int MaxBatchLength = 4 * 1024 * 1024;

    private async Task<JsonDocument> SendAsync(Action<Utf8JsonWriter> writeMessage, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStartObject();
            writeMessage(writer);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, _notificationsUri);
        request.Headers.Authorization = _authorization;
        request.Content = new ByteArrayContent(buffer.ToArray());
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        // Bounded like the generated clients' reads: a hostile or broken server cannot fill memory through the long poll.
        using HttpResponseMessage response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        byte[] body = await ResponseContent.ReadAsBytesAsync(response, MaxBatchLength, ServiceName, cancellationToken).ConfigureAwait(false);
        string text = JsonResponseReader.GetText(body) ?? "";
        if (!response.IsSuccessStatusCode)
        {
            // GWS answers CometD requests it refuses with its usual {statusCode, statusMessage} body.
            ApiStatus? status = JsonResponseReader.TryRead(body, GenesysClientJsonSerializer.ReadApiStatus);
            throw new ApiException<ApiStatus>(
                ServiceName,
                (int)response.StatusCode,
                response.ReasonPhrase,
                status?.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                status?.StatusMessage,
                text,
                ResponseContent.GetRetryAfter(response),
                status);
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new ApiException(ServiceName, (int)response.StatusCode, response.ReasonPhrase, null, "The CometD reply is not JSON.", text, null, null, ex);
        }
    }

    // The meta reply for a channel, checked for Bayeux success.
    private static JsonElement Meta(JsonDocument reply, string channel)
    {
        if (reply.RootElement.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement message in reply.RootElement.EnumerateArray())
            {
                if (message.ValueKind == JsonValueKind.Object
                    && message.TryGetProperty("channel", out JsonElement name)
                    && name.ValueKind == JsonValueKind.String
                    && name.GetString() == channel)
                {
                    if (message.TryGetProperty("successful", out JsonElement ok) && ok.ValueKind == JsonValueKind.True)
                    {
                        return message;
                    }

                    throw Refused(channel, message, reply);
                }
            }
        }

        throw new ApiException(ServiceName, 200, "OK", null, "The CometD reply has no " + channel + " message.", reply.RootElement.GetRawText(), null);
    }

    private static ApiException Refused(string what, JsonElement message, JsonDocument reply)
    {
        string? error = message.TryGetProperty("error", out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        return new ApiException(ServiceName, 200, "OK", "bayeux", "CometD " + what + " failed" + (error is null ? "." : ": " + error), reply.RootElement.GetRawText(), null);
    }
}
