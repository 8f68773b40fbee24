using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SdkGen.Recording.Tests.Control.Infrastructure;

/// <summary>One log entry as it reached the provider: the formatted message and the structured values.</summary>
public sealed record LogEntry(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    Exception? Exception,
    IReadOnlyList<KeyValuePair<string, object?>> Values)
{
    /// <summary>A structured value by name (e.g. <c>ElapsedMs</c>), or null.</summary>
    public object? Value(string name) => Values.FirstOrDefault(v => v.Key == name).Value;

    /// <summary>Everything a reader of the log could see: message, values, exception text (inner ones included).</summary>
    public string AllText => string.Join("\n", new[] { Message, Exception?.ToString() ?? "" }
        .Concat(Values.Select(v => v.Key + "=" + v.Value)));
}

/// <summary>Keeps every log entry in memory, for assertions; writes nothing anywhere (tests stay quiet).</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>The entries so far, oldest first.</summary>
    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    /// <summary>A logger factory with only this provider, at Trace level.</summary>
    public ILoggerFactory CreateFactory() => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToArray() : [];
            owner._entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), exception, values));
        }
    }
}
