namespace SdkGen.Recording;

/// <summary>Waiting for a task while honouring a token, on every target (Task.WaitAsync is .NET 6+).</summary>
internal static class TaskWaits
{
    public static async Task WaitAsync(Task task, CancellationToken cancellationToken)
    {
#if NET
        await task.WaitAsync(cancellationToken).ConfigureAwait(false);
#else
        if (!task.IsCompleted && cancellationToken.CanBeCanceled)
        {
            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(() => cancelled.TrySetCanceled(cancellationToken)))
            {
                await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        await task.ConfigureAwait(false);
#endif
    }
}
