namespace SdkGen.Simulator;

/// <summary>
/// Makes the next requests fail, slow down, lose their answer after the change was made, answer success with a
/// chosen body, or wait at a gate until released. Rules are consulted in the order they were added; a request
/// consumes one use of the first rule that matches it. Admin requests are never faulted. Thread-safe.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<PendingFault> _pending = [];

    internal FaultInjector()
    {
    }

    /// <summary>How many faulted requests are still to come, over all rules.</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Sum(p => p.Remaining);
            }
        }
    }

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.Count, 1, nameof(rule));
        if (rule.RetryAfterSeconds is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.RetryAfterSeconds, "Retry-After must not be negative.");
        }

        if (rule.Kind == FaultKind.Delay && rule.Delay <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Delay, "A delay fault needs a positive Delay.");
        }

        if (rule.Kind is FaultKind.Hold or FaultKind.HoldAnswer && rule.Gate is null)
        {
            throw new ArgumentException("A hold fault needs a Gate to release it.", nameof(rule));
        }

        lock (_gate)
        {
            _pending.Add(new PendingFault(rule, rule.Count));
        }
    }

    /// <summary>Holds the next <paramref name="count"/> matching requests (before they are processed) until the returned gate is released.</summary>
    /// <param name="count">How many requests.</param>
    /// <param name="vendor">Only this vendor's requests; <c>null</c> for any.</param>
    /// <param name="pathContains">Only requests whose path contains this; <c>null</c> for any.</param>
    /// <returns>The gate the requests wait at.</returns>
    public RequestGate HoldNext(int count = 1, SimulatedVendor? vendor = null, string? pathContains = null)
    {
        var gate = new RequestGate();
        Add(new FaultRule(FaultKind.Hold) { Count = count, Vendor = vendor, PathContains = pathContains, Gate = gate });
        return gate;
    }

    /// <summary>Applies the next <paramref name="count"/> matching requests and holds their answers until the returned gate is released.</summary>
    /// <param name="count">How many requests.</param>
    /// <param name="vendor">Only this vendor's requests; <c>null</c> for any.</param>
    /// <param name="pathContains">Only requests whose path contains this; <c>null</c> for any.</param>
    /// <returns>The gate the answers wait at.</returns>
    public RequestGate HoldAnswerOfNext(int count = 1, SimulatedVendor? vendor = null, string? pathContains = null)
    {
        var gate = new RequestGate();
        Add(new FaultRule(FaultKind.HoldAnswer) { Count = count, Vendor = vendor, PathContains = pathContains, Gate = gate });
        return gate;
    }

    /// <summary>Answers the next <paramref name="count"/> requests with 503 (or 429) and <c>Retry-After</c>.</summary>
    /// <param name="count">How many requests.</param>
    /// <param name="vendor">Only this vendor's requests; <c>null</c> for any.</param>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> value; <c>null</c> sends none.</param>
    /// <param name="kind"><see cref="FaultKind.ServiceUnavailable"/> or <see cref="FaultKind.TooManyRequests"/>.</param>
    public void FailNext(
        int count,
        SimulatedVendor? vendor = null,
        int? retryAfterSeconds = 1,
        FaultKind kind = FaultKind.ServiceUnavailable)
    {
        if (kind is not (FaultKind.ServiceUnavailable or FaultKind.TooManyRequests))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Use ServiceUnavailable or TooManyRequests.");
        }

        Add(new FaultRule(kind) { Count = count, Vendor = vendor, RetryAfterSeconds = retryAfterSeconds });
    }

    /// <summary>Holds the next <paramref name="count"/> requests for <paramref name="delay"/> before processing them.</summary>
    /// <param name="count">How many requests.</param>
    /// <param name="delay">The wait.</param>
    /// <param name="vendor">Only this vendor's requests; <c>null</c> for any.</param>
    public void DelayNext(int count, TimeSpan delay, SimulatedVendor? vendor = null) =>
        Add(new FaultRule(FaultKind.Delay) { Count = count, Delay = delay, Vendor = vendor });

    /// <summary>Removes every pending fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Takes one use of the first rule matching the request, if any.</summary>
    internal FaultRule? TryTake(SimulatedVendor vendor, string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _pending.Count; i++)
            {
                var pending = _pending[i];
                var rule = pending.Rule;
                if ((rule.Vendor is null || rule.Vendor == vendor)
                    && (rule.PathContains is null || path.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase)))
                {
                    pending.Remaining--;
                    if (pending.Remaining == 0)
                    {
                        _pending.RemoveAt(i);
                    }

                    return rule;
                }
            }

            return null;
        }
    }

    private sealed class PendingFault(FaultRule rule, int remaining)
    {
        public FaultRule Rule { get; } = rule;

        public int Remaining { get; set; } = remaining;
    }
}
