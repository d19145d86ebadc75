using System.Text.Json;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Auditing;

/// <summary>Turns an <see cref="AuditRecord"/> into a chained <see cref="AuditEvent"/> for the current user and scope.</summary>
public sealed class AuditEventFactory(ICurrentUser user, AuditContext context, TimeProvider clock, Chain.AuditChainKey key)
{
    private static readonly string MachineName = Environment.MachineName;

    /// <param name="activities">The register's activity per area (<see cref="Register.AuditAreaLink.CurrentAsync"/>).</param>
    public AuditEvent Create(AuditRecord record, AuditChainTip tip, IReadOnlyDictionary<AuditArea, Register.ActivityReference> activities)
    {
        var activity = AuditAreas.Of(record.EventType) is { } area ? activities.GetValueOrDefault(area) : null;
        var ended = AuditChain.TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime);
        var started = record.StartedAtUtc is { } s ? AuditChain.TruncateToMicroseconds(s.ToUniversalTime()) : ended;
        if (started > ended)
        {
            started = ended;
        }

        var draft = new AuditEvent
        {
            Id = Guid.CreateVersion7(),
            Sequence = tip.Sequence + 1,
            EventType = record.EventType,
            Action = record.Action,
            Outcome = record.Outcome,
            StartedAtUtc = started,
            EndedAtUtc = ended,
            DurationMs = (int)Math.Min(int.MaxValue, (ended - started).TotalMilliseconds),
            UserId = user.IsAuthenticated ? user.UserId : "anoniem",
            UserName = user.IsAuthenticated ? user.DisplayName : "anoniem",
            UserRole = user.IsAuthenticated ? user.PrimaryRole : "",
            Machine = MachineName,
            TraceId = context.TraceId,
            PurposeOfUse = record.PurposeOfUse ?? context.PurposeOfUse,
            TargetType = record.TargetType,
            TargetId = record.TargetId,
            SubjectHouseholdId = record.SubjectHouseholdId,
            SubjectPersonId = record.SubjectPersonId,
            Details = record.Details is { Count: > 0 } d ? JsonSerializer.Serialize(d) : null,
            ProcessingActivityId = activity?.Id,
            ProcessingActivityVersion = activity?.Version,
            PreviousHash = tip.Hash,
        };
        draft.Hash = AuditChain.ComputeKeyedHash(draft, tip.Hash, key);
        return draft;
    }
}
