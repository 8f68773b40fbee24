using SdkGen.Recording.Bandwidth;
using SdkGen.Recording.Genesys;
using SdkGen.Recording.SignalWire;
using SdkGen.Recording.Twilio;

namespace SdkGen.Cli.Vendors;

/// <summary>Pause, resume or stop through one vendor's generated client.</summary>
internal abstract class VendorRecording
{
    public abstract Vendor Vendor { get; }

    /// <exception cref="UsageException">The vendor has no such action, or the target misses what it needs.</exception>
    /// <exception cref="SdkGen.Runtime.ApiException">The vendor answered with an error.</exception>
    public abstract Task<RecordingOutcome> ApplyAsync(RecordingAction action, RecordingTarget target, CancellationToken cancellationToken);

    public static VendorRecording Create(VendorSettings settings, HttpClient httpClient, TimeSpan notificationTimeout) => settings.Vendor switch
    {
        Vendor.Bandwidth => new BandwidthRecording(settings, httpClient),
        Vendor.Twilio => new TwilioRecording(settings, httpClient),
        Vendor.Genesys => new GenesysRecording(settings, httpClient, notificationTimeout),
        _ => new SignalWireRecording(settings, httpClient),
    };

    private sealed class BandwidthRecording(VendorSettings settings, HttpClient httpClient) : VendorRecording
    {
        private readonly BandwidthClient _client = new(httpClient, new BandwidthClientOptions { Endpoint = settings.Endpoint, Credentials = settings.Credentials });

        public override Vendor Vendor => Vendor.Bandwidth;

        public override async Task<RecordingOutcome> ApplyAsync(RecordingAction action, RecordingTarget target, CancellationToken cancellationToken)
        {
            RecordingStateEnum state = action switch
            {
                RecordingAction.Pause => RecordingStateEnum.Paused,
                RecordingAction.Resume => RecordingStateEnum.Recording,
                _ => throw new UsageException("Bandwidth Voice v2 can pause and resume a recording, not stop it"),
            };
            await _client.UpdateCallRecordingStateAsync(settings.AccountId, target.CallId, new UpdateCallRecording(state), cancellationToken);
            return new RecordingOutcome(state.ToWireValue(), "empty body (success)");
        }
    }

    private sealed class TwilioRecording(VendorSettings settings, HttpClient httpClient) : VendorRecording
    {
        private readonly TwilioClient _client = new(httpClient, new TwilioClientOptions { Endpoint = settings.Endpoint, Credentials = settings.Credentials });

        public override Vendor Vendor => Vendor.Twilio;

        public override async Task<RecordingOutcome> ApplyAsync(RecordingAction action, RecordingTarget target, CancellationToken cancellationToken)
        {
            var request = new UpdateCallRecordingRequest(action switch
            {
                RecordingAction.Pause => CallRecordingUpdateStatus.Paused,
                RecordingAction.Resume => CallRecordingUpdateStatus.InProgress,
                _ => CallRecordingUpdateStatus.Stopped,
            });
            if (action == RecordingAction.Pause && target.PauseBehavior is { } behavior)
            {
                request.PauseBehaviorWireValue = behavior;
            }

            string sid = target.RecordingId is null or "current" ? TwilioRecordingSid.Current : target.RecordingId;
            CallRecording recording = await _client.UpdateCallRecordingAsync(settings.AccountId, target.CallId, sid, request, cancellationToken);
            return new RecordingOutcome(recording.StatusWireValue ?? "?", "status " + recording.StatusWireValue + ", recording " + recording.Sid);
        }
    }

    private sealed class GenesysRecording(VendorSettings settings, HttpClient httpClient, TimeSpan notificationTimeout) : VendorRecording
    {
        private readonly GenesysClientOptions _options = new() { Endpoint = settings.Endpoint, Credentials = settings.Credentials };

        public override Vendor Vendor => Vendor.Genesys;

        public override async Task<RecordingOutcome> ApplyAsync(RecordingAction action, RecordingTarget target, CancellationToken cancellationToken)
        {
            (CallRecordingOperationName operation, CallRecordingState expected) = action switch
            {
                RecordingAction.Pause => (CallRecordingOperationName.PauseCallRecording, CallRecordingState.Paused),
                RecordingAction.Resume => (CallRecordingOperationName.ResumeCallRecording, CallRecordingState.Recording),
                _ => (CallRecordingOperationName.StopCallRecording, CallRecordingState.Stopped),
            };

            // Subscribe before acting, so the notification cannot slip past between the two.
            var notifications = new GenesysNotificationClient(httpClient, _options);
            await notifications.ConnectAsync(cancellationToken);
            try
            {
                ApiStatus status = await new GenesysClient(httpClient, _options).PerformCallRecordingOperationAsync(target.CallId, new CallRecordingOperationRequest(operation), cancellationToken);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                wait.CancelAfter(notificationTimeout);
                try
                {
                    CallStateChangeNotification confirmed = await notifications.WaitForRecordingStateAsync(target.CallId, expected, wait.Token);
                    return new RecordingOutcome(confirmed.Data?.Call?.RecordingStateWireValue ?? "?", "statusCode " + status.StatusCode + ", CometD: " + confirmed.Data?.Call?.RecordingStateWireValue);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return new RecordingOutcome("unconfirmed", "statusCode " + status.StatusCode + ", no notification within " + notificationTimeout.TotalSeconds + " s");
                }
            }
            finally
            {
                await notifications.DisconnectAsync(CancellationToken.None);
            }
        }
    }

    private sealed class SignalWireRecording(VendorSettings settings, HttpClient httpClient) : VendorRecording
    {
        private readonly SignalWireClient _client = new(httpClient, new SignalWireClientOptions { Endpoint = settings.Endpoint, SpaceName = settings.SignalWireSpace, Credentials = settings.Credentials });

        public override Vendor Vendor => Vendor.SignalWire;

        public override async Task<RecordingOutcome> ApplyAsync(RecordingAction action, RecordingTarget target, CancellationToken cancellationToken)
        {
            if (target.RecordingId is null or "current")
            {
                throw new UsageException("SignalWire needs the recording's uuid: pass --recording");
            }

            var request = new UpdateRecordingRequest(action switch
            {
                RecordingAction.Pause => RecordingUpdateStatus.Paused,
                RecordingAction.Resume => RecordingUpdateStatus.InProgress,
                _ => RecordingUpdateStatus.Stopped,
            });
            if (action == RecordingAction.Pause && target.PauseBehavior is { } behavior)
            {
                request.PauseBehaviorWireValue = behavior;
            }

            CallRecordingResponse recording = await _client.UpdateRecordingAsync(settings.AccountId, target.CallId, target.RecordingId, request, cancellationToken);
            return new RecordingOutcome(recording.StatusWireValue, "status " + recording.StatusWireValue);
        }
    }
}
