using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// What a retention policy governs: a stable key, a Dutch label, the triggers and actions a policy may choose, the
/// statutory floor and the default policy (seeded by <see cref="RetentionDefaultPolicies"/>). Most subjects are
/// <see cref="IRetentionRecordKind"/>s, acted on record by record by the runs the FG approves; the access log is one
/// that is carried out by its own pruning, because its events can only go as a prefix of the chain.
/// </summary>
public interface IRetentionPolicySubject
{
    /// <summary>Stable key, stored on the policy, e.g. "household".</summary>
    string Key { get; }

    /// <summary>What these records are, in Dutch, as the report's column "Soort gegevens" names them: "huisgenoten".</summary>
    string Label { get; }

    /// <summary>Lower runs first within a batch: records that hang off a household before the household itself.</summary>
    int ExecutionOrder { get; }

    IReadOnlyList<RetentionTrigger> Triggers { get; }

    IReadOnlyList<RetentionAction> Actions { get; }

    /// <summary>A retention duty the law puts on this kind: a policy can neither drop nor undercut it.</summary>
    StatutoryFloor? Floor { get; }

    RetentionPolicyDefaults Defaults { get; }
}

/// <summary>
/// One kind of record retention governs (households, housemates, call notes, ...). A feature adds a kind by
/// registering one more implementation (<see cref="RetentionServiceCollectionExtensions.AddRetentionRecordKind{T}"/>);
/// its policy is seeded from <see cref="IRetentionPolicySubject.Defaults"/>. Kinds find their expired records and act on
/// them inside the executor's transaction; they never save or commit themselves.
/// </summary>
public interface IRetentionRecordKind : IRetentionPolicySubject
{
    /// <summary>The records expired under the policy on <paramref name="today"/>, not yet acted on.</summary>
    Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct);

    /// <summary>
    /// Deletes or anonymises the given records through the tracked context (so the interceptor audits it).
    /// Returns the ids acted on; a record that is gone or no longer expired is left out.
    /// </summary>
    Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct);
}

/// <summary>A record a kind's query found, with the day its period started counting from (the policy's trigger).</summary>
public sealed record RetentionEvent(Guid RecordId, Guid HouseholdId, DateOnly EventDate);

public sealed record RetentionCandidate(Guid RecordId, Guid HouseholdId, DateOnly ExpiredOn, string Reason)
{
    /// <summary>Those of the records that have expired under the policy on <paramref name="today"/>, each with why.</summary>
    public static IReadOnlyList<RetentionCandidate> Expired(IEnumerable<RetentionEvent> records, RetentionPolicy policy, DateOnly today) =>
        records
            .Where(r => policy.HasExpired(r.EventDate, today))
            .Select(r => new RetentionCandidate(r.RecordId, r.HouseholdId, policy.ExpiresOn(r.EventDate), policy.ExpiryReason(r.EventDate)))
            .ToList();
}

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
public sealed record RetentionApplyContext(PortalDbContext Db, RetentionPolicy Policy, DateOnly Today)
{
    /// <summary>Whether a record whose trigger happened on this day has expired under the policy today (checked again as the batch comes).</summary>
    public bool HasExpired(DateOnly eventDate) => Policy.HasExpired(eventDate, Today);
}
