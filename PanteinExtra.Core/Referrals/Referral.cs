using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Referrals;

public enum ReferralStatus
{
    [Display(Name = "open")] Open,
    [Display(Name = "afgerond")] Completed,
    [Display(Name = "geannuleerd")] Cancelled,
}

/// <summary>
/// A household member referred to a service provider for a service, on the consent it relied on. Rules change it
/// through its methods.
/// </summary>
[Display(Name = "doorverwijzing")]
public sealed class Referral : IAuditedEntity, IConcurrencyStamped
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

    public bool IsOpen => Status == ReferralStatus.Open;

    public bool NeedsAttention => IsOpen && ConsentWithdrawnAtUtc is not null;

    /// <summary>The consent it rested on was withdrawn while it was open: the agent must tell the provider and close it.</summary>
    public void FlagConsentWithdrawn(DateTime nowUtc)
    {
        ConsentWithdrawnAtUtc ??= nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>The provider delivered the service.</summary>
    public void Complete(DateTime nowUtc) => Close(ReferralStatus.Completed, nowUtc);

    /// <summary>The referral stops without the service (e.g. after the consent was withdrawn).</summary>
    public void Cancel(DateTime nowUtc) => Close(ReferralStatus.Cancelled, nowUtc);

    private void Close(ReferralStatus outcome, DateTime nowUtc)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("Only an open referral can be closed.");
        }

        Status = outcome;
        ClosedAtUtc = nowUtc;
    }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
