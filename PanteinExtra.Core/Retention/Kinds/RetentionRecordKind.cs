using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>
/// What a kind says about itself, given once to the constructor: its key, its Dutch label, its place in the batch
/// order, the triggers and actions a policy may choose, the statutory floor (if the law sets one) and the default
/// policy. A kind adds how it finds its expired records and how it acts on them.
/// </summary>
public abstract class RetentionRecordKind(
    string key,
    string label,
    int executionOrder,
    IReadOnlyList<RetentionTrigger> triggers,
    IReadOnlyList<RetentionAction> actions,
    RetentionPolicyDefaults defaults,
    StatutoryFloor? floor = null) : IRetentionRecordKind
{
    public string Key { get; } = key;

    public string Label { get; } = label;

    public int ExecutionOrder { get; } = executionOrder;

    public IReadOnlyList<RetentionTrigger> Triggers { get; } = triggers;

    public IReadOnlyList<RetentionAction> Actions { get; } = actions;

    public StatutoryFloor? Floor { get; } = floor;

    public RetentionPolicyDefaults Defaults { get; } = defaults;

    public abstract Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct);

    public abstract Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct);
}
