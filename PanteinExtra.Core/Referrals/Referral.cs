using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Referrals;

public enum ReferralStatus
{
    Open,
    Completed,
    Cancelled,
}

/// <summary>A household member referred to a service provider for a service, on the consent it relied on.</summary>
public sealed class Referral : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public Guid PersonId { get; init; }

    public Guid ServiceProviderId { get; init; }

    public required string Service { get; init; }

    public ReferralStatus Status { get; private set; } = ReferralStatus.Open;

    public DateTime CreatedAtUtc { get; init; }

    public required string CreatedByUserId { get; init; }

    public required string CreatedByName { get; init; }

    /// <summary>The "given" consent event the sharing rested on.</summary>
    public Guid ConsentEventId { get; init; }

    /// <summary>Set when the consent was withdrawn while the referral was open: the agent must act on it.</summary>
    public DateTime? ConsentWithdrawnAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public string? Note { get; init; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool NeedsAttention => Status == ReferralStatus.Open && ConsentWithdrawnAtUtc is not null;

    public void FlagConsentWithdrawn(DateTime nowUtc)
    {
        ConsentWithdrawnAtUtc ??= nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
    }

    public void Close(ReferralStatus outcome, DateTime nowUtc)
    {
        if (Status != ReferralStatus.Open || outcome == ReferralStatus.Open)
        {
            throw new InvalidOperationException("Only an open referral can be closed, as completed or cancelled.");
        }

        Status = outcome;
        ClosedAtUtc = nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
    }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
