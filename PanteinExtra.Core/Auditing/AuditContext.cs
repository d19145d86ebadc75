using System.Diagnostics;

namespace PanteinExtra.Core.Auditing;

/// <summary>
/// Per-scope (per circuit or request) facts that every audit event of that scope carries: the purpose of use of the
/// operation that is running, and a correlation id when no trace is active.
/// </summary>
/// <remarks>
/// The purpose is never sticky: an operation opens it with <see cref="BeginPurpose"/> for its own writes and the
/// disposal restores what was there before. It lives in the operation's async flow (<see cref="AsyncLocal{T}"/>), so it
/// does not leak into the next click of the same circuit, nor into a concurrent operation, nor back to the caller.
/// </remarks>
public sealed class AuditContext
{
    private readonly string _correlationId = ActivityTraceId.CreateRandom().ToString();
    private readonly AsyncLocal<string?> _purpose = new();

    /// <summary>E.g. "telefonisch contact: lid zelf, geverifieerd", "verzoek #12": the purpose of the running operation, if it opened one.</summary>
    public string? PurposeOfUse => _purpose.Value;

    public string TraceId => Activity.Current?.TraceId.ToString() ?? _correlationId;

    /// <summary>
    /// Opens the purpose of use for the rest of the calling method (<c>using var _ = ...</c>). Call it synchronously in
    /// the operation itself: a purpose opened inside an awaited helper ends with that helper.
    /// </summary>
    public IDisposable BeginPurpose(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var previous = _purpose.Value;
        _purpose.Value = purpose;
        return new PurposeScope(this, previous);
    }

    private sealed class PurposeScope(AuditContext context, string? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                context._purpose.Value = previous;
            }
        }
    }
}
