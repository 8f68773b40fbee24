using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control;

/// <summary>
/// GWS answers a recording operation with "accepted" only; <see cref="GenesysRecordingControl"/> reports the state
/// from the CometD <c>CallRecordingStateChange</c> notification, or <see cref="RecordingState.Unknown"/> when told not
/// to wait or when none arrives in time.
/// </summary>
public sealed class GenesysConfirmationTests
{
    private const RecordingVendor Genesys = RecordingVendor.Genesys;

    [Fact]
    public async Task The_returned_state_is_the_one_the_notification_reports()
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(Genesys, new ControlSettings
        {
            // The notification, and only the notification, is made to say "Stopped" after a pause.
            Interceptor = () => new InterceptingHandler
            {
                RewriteResponse = (path, request, body) => path.EndsWith("/notifications", StringComparison.Ordinal)
                    ? body.Replace("\"recordingState\":\"Paused\"", "\"recordingState\":\"Stopped\"", StringComparison.Ordinal)
                    : body,
            },
        });
        CallReference call = harness.AddCall(Genesys);

        RecordingState state = await control.PauseAsync(call);

        Assert.Equal(RecordingState.Stopped, state);
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(Genesys, call));
    }

    [Fact]
    public async Task The_control_subscribes_before_acting_then_polls_then_disconnects()
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(Genesys);
        CallReference call = harness.AddCall(Genesys);

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));

        string[] steps = harness.State.GetRequests(SimulatedVendor.Genesys).Select(Step).ToArray();
        Assert.Equal(["/meta/handshake", "/meta/subscribe", "operation", "/meta/connect", "/meta/disconnect"], steps);
    }

    [Fact]
    public async Task With_ConfirmationTimeout_zero_the_control_returns_Unknown_without_CometD()
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(Genesys, new ControlSettings { ConfirmationTimeout = TimeSpan.Zero });
        CallReference call = harness.AddCall(Genesys);

        Assert.Equal(RecordingState.Unknown, await control.PauseAsync(call));
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(Genesys, call));
        Assert.Equal(RecordingState.Unknown, await control.ResumeAsync(call));
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(Genesys, call));

        Assert.Equal(["operation", "operation"], harness.State.GetRequests(SimulatedVendor.Genesys).Select(Step));
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Without_a_notification_in_time_the_outcome_is_uncertain_and_logged_at_Error()
    {
        await using var harness = await ControlHarness.StartAsync();
        TimeSpan timeout = TimeSpan.FromMilliseconds(300);
        IRecordingControl control = harness.Create(Genesys, new ControlSettings
        {
            ConfirmationTimeout = timeout,

            // The notifications are delivered on another channel, so none concerns the control.
            Interceptor = () => new InterceptingHandler
            {
                RewriteResponse = (path, request, body) => request.Contains("/meta/connect", StringComparison.Ordinal)
                    ? body.Replace("\"channel\":\"/v2/me/calls\"", "\"channel\":\"/v2/me/elsewhere\"", StringComparison.Ordinal)
                    : body,
            },
        });
        CallReference call = harness.AddCall(Genesys);
        var watch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<RecordingStateUncertainException>(() => control.PauseAsync(call));

        Assert.Equal(RecordingUncertainty.NotConfirmed, ex.Uncertainty);
        Assert.Contains("300 ms", ex.WhatIsKnown, StringComparison.Ordinal);
        Assert.True(watch.Elapsed >= timeout - TimeSpan.FromMilliseconds(50), "waited for the confirmation timeout: " + watch.Elapsed);
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(Genesys, call));
        Assert.Equal(1, harness.OperationRequests(Genesys));
        LogEntry error = Assert.Single(harness.Logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Equal("RecordingStateUncertain", error.EventId.Name);
        Assert.Contains(call.CallId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_notification_and_ConfirmationTimeout_equal_to_AttemptTimeout_the_outcome_is_still_uncertain()
    {
        // Both default to 10 s. On the manual clock nothing times out until the test moves it: the pause is answered,
        // then the clock passes both timeouts at once. The confirmation wait lies outside the attempts, so the
        // control must report "not confirmed" with the pause sent once, not re-send it.
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        TimeSpan timeout = TimeSpan.FromSeconds(10);
        HashSet<ManualTimeProvider.ScheduledTimer>? scheduledBeforeTheAnswer = null;
        IRecordingControl control = harness.Create(Genesys, new ControlSettings
        {
            Time = clock,
            ConfirmationTimeout = timeout,
            Resilience = r => r.AttemptTimeout = timeout,
            Interceptor = () => new InterceptingHandler
            {
                RewriteResponse = (path, request, body) =>
                {
                    if (request.Contains("PauseCallRecording", StringComparison.Ordinal))
                    {
                        Volatile.Write(ref scheduledBeforeTheAnswer, clock.History.ToHashSet());
                    }

                    // The notifications are delivered on another channel, so none concerns the control.
                    return request.Contains("/meta/connect", StringComparison.Ordinal)
                        ? body.Replace("\"channel\":\"/v2/me/calls\"", "\"channel\":\"/v2/me/elsewhere\"", StringComparison.Ordinal)
                        : body;
                },
            },
        });
        CallReference call = harness.AddCall(Genesys);

        Task<RecordingState> pause = control.PauseAsync(call);

        // The confirmation deadline: a timer of the control's clock, scheduled once the pause was answered.
        await clock.WaitForTimerAsync(t => t.DueTime == timeout && Volatile.Read(ref scheduledBeforeTheAnswer) is { } before && !before.Contains(t));
        clock.Advance(timeout);

        var ex = await Assert.ThrowsAsync<RecordingStateUncertainException>(() => pause);
        Assert.Equal(RecordingUncertainty.NotConfirmed, ex.Uncertainty);
        Assert.Contains("10000 ms", ex.WhatIsKnown, StringComparison.Ordinal);
        Assert.Equal(1, harness.OperationRequests(Genesys));
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(Genesys, call));
    }

    [Fact]
    public async Task An_operation_whose_answer_outlasts_the_attempt_timeout_is_sent_once_more_and_the_repeat_is_tolerated()
    {
        // What a loaded machine did to the test above when it ran on real time (the pause was sent twice): GWS
        // applied the pause but its answer came after the attempt timeout. For the SDK that answer is lost, so the
        // pause is retried, as after any lost answer; GWS refuses the repeat as invalid in the call's state
        // (statusCode 2), which after a possibly applied attempt is tolerated, and the notification tells the outcome.
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        TimeSpan attemptTimeout = TimeSpan.FromSeconds(10);
        var slowAnswer = new HoldFirstAnswerHandler("PauseCallRecording");
        IRecordingControl control = harness.Create(Genesys, new ControlSettings
        {
            Time = clock,
            Resilience = r =>
            {
                r.BaseDelay = TimeSpan.Zero;
                r.AttemptTimeout = attemptTimeout;
                r.OverallTimeout = TimeSpan.FromMinutes(5);
            },
            Interceptor = () => slowAnswer,
        });
        CallReference call = harness.AddCall(Genesys);

        Task<RecordingState> pause = control.PauseAsync(call);
        await slowAnswer.Holding;
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(Genesys, call));
        clock.Advance(attemptTimeout);

        Assert.Equal(RecordingState.Paused, await pause);
        Assert.Equal(2, harness.OperationRequests(Genesys));
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Name == "RecordingOperationRetrying");
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    /// <summary>Lets the first request whose body contains a text reach the server, then holds its answer until the caller gives up.</summary>
    private sealed class HoldFirstAnswerHandler(string bodyContaining) : DelegatingHandler
    {
        private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _held;

        public Task Holding => _holding.Task;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            if (body.Contains(bodyContaining, StringComparison.Ordinal) && Interlocked.Exchange(ref _held, 1) == 0)
            {
                response.Dispose();
                _holding.SetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            return response;
        }
    }

    [Fact]
    public async Task Notifications_about_other_calls_are_ignored()
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(Genesys);
        CallReference mine = harness.AddCall(Genesys);
        CallReference other = harness.AddCall(Genesys);

        // Both pauses run at once; each control session sees both notifications and must pick its own call's.
        RecordingState[] states = await Task.WhenAll(control.PauseAsync(mine), control.StopAsync(other));

        Assert.Equal([RecordingState.Paused, RecordingState.Stopped], states);
    }

    [Fact]
    public async Task Only_a_CallRecordingStateChange_reports_the_outcome()
    {
        await using var harness = await ControlHarness.StartAsync();
        CallReference call = harness.AddCall(Genesys);
        IRecordingControl control = harness.Create(Genesys, new ControlSettings
        {
            // Before the real notification, GWS also tells of another change of the same call (its participants, sent
            // as strings by some versions) that still carries the recording state from before the pause.
            Interceptor = () => new InterceptingHandler
            {
                RewriteResponse = (path, request, body) =>
                {
                    if (!path.EndsWith("/notifications", StringComparison.Ordinal) || !body.Contains("CallRecordingStateChange", StringComparison.Ordinal))
                    {
                        return body;
                    }

                    var messages = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsArray();
                    var stale = messages.First(m => (string?)m!["data"]?["notificationType"] == "CallRecordingStateChange")!.DeepClone();
                    stale["data"]!["notificationType"] = "ParticipantsUpdated";
                    stale["data"]!["call"]!["recordingState"] = "Recording";
                    stale["data"]!["call"]!["participants"] = new System.Text.Json.Nodes.JsonArray("15001", "5000");
                    messages.Insert(0, stale);
                    return messages.ToJsonString();
                },
            },
        });

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));
    }

    [Fact]
    public async Task With_CSRF_on_the_notifications_and_the_operation_share_one_session()
    {
        await using var harness = await ControlHarness.StartAsync(genesysCsrf: true);
        IRecordingControl control = harness.Create(Genesys);
        CallReference call = harness.AddCall(Genesys);

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));
        Assert.Equal(RecordingState.Recording, await control.ResumeAsync(call));

        var requests = harness.State.GetRequests(SimulatedVendor.Genesys);
        Assert.Single(requests, r => r.Method == "GET");
        Assert.All(requests.Where(r => r.Method == "POST"), r => Assert.True(r.Headers.ContainsKey("X-CSRF-TOKEN")));
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(Genesys, call));
    }

    private static string Step(RecordedRequest request)
    {
        if (request.Path.Contains("/api/v2/me/calls/", StringComparison.Ordinal))
        {
            return "operation";
        }

        foreach (string channel in new[] { "/meta/handshake", "/meta/subscribe", "/meta/connect", "/meta/disconnect" })
        {
            if (request.Body.Contains("\"" + channel + "\"", StringComparison.Ordinal))
            {
                return channel;
            }
        }

        return request.Method + " " + request.Path;
    }
}
