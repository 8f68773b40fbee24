namespace SdkGen.Runtime.Internal;

/// <summary>Waiting for a shared task with a caller's own cancellation, which leaves the shared task running.</summary>
internal static class TaskWaiting
{
    /// <summary>
    /// Awaits <paramref name="task"/> until it completes or <paramref name="cancellationToken"/> is canceled. Only this
    /// caller stops waiting on cancellation: the task itself goes on for the others.
    /// </summary>
    internal static Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken)
    {
#if NET
        return task.WaitAsync(cancellationToken);
#else
        if (task.IsCompleted || !cancellationToken.CanBeCanceled)
        {
            return task;
        }

        return WaitWithRegistrationAsync(task, cancellationToken);
#endif
    }

#if !NET
    private static async Task<T> WaitWithRegistrationAsync<T>(Task<T> task, CancellationToken cancellationToken)
    {
        var canceled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), canceled))
        {
            if (await Task.WhenAny(task, canceled.Task).ConfigureAwait(false) != task)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }

        return await task.ConfigureAwait(false);
    }
#endif
}
