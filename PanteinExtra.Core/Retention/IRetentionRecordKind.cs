using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// One kind of record retention governs (households, housemates, call notes, ...). A feature adds a kind by
/// registering one more implementation (<see cref="RetentionServiceCollectionExtensions.AddRetentionRecordKind{T}"/>);
/// its policy is seeded from <see cref="Defaults"/>. Kinds find their expired records and act on them inside the
/// executor's transaction; they never save or commit themselves.
/// </summary>
public interface IRetentionRecordKind
{
    /// <summary>Stable key, stored on the policy, e.g. "household".</summary>
    string Key { get; }

    /// <summary>Lower runs first within a batch: records that hang off a household before the household itself.</summary>
    int ExecutionOrder { get; }

    IReadOnlyList<RetentionTrigger> Triggers { get; }

    IReadOnlyList<RetentionAction> Actions { get; }

    /// <summary>A retention duty the law puts on this kind: a policy can neither drop nor undercut it.</summary>
    StatutoryFloor? Floor { get; }

    RetentionPolicyDefaults Defaults { get; }

    /// <summary>The records expired under the policy on <paramref name="today"/>, not yet acted on.</summary>
    Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct);

    /// <summary>
    /// Deletes or anonymises the given records through the tracked context (so the interceptor audits it).
    /// Returns the ids acted on; a record that is gone or no longer expired is left out.
    /// </summary>
    Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct);
}

public sealed record RetentionCandidate(Guid RecordId, Guid HouseholdId, DateOnly ExpiredOn, string Reason);

public sealed record StatutoryFloor(string Law, int MinimumMonths);

public sealed record RetentionPolicyDefaults(
    string Name,
    int PeriodMonths,
    RetentionTrigger Trigger,
    RetentionGround Ground,
    RetentionAction Action,
    string? Law = null,
    int? StatutoryMinimumMonths = null,
    string? Motivation = null);

/// <summary>What a kind gets to act on one batch: the batch's context (in its transaction), the policy and the date.</summary>
public sealed record RetentionApplyContext(PortalDbContext Db, RetentionPolicy Policy, DateOnly Today, Guid RunId);
