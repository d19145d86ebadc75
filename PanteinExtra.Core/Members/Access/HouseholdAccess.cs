using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Requests;

namespace PanteinExtra.Core.Members;

/// <summary>
/// The one Core check for lawful access to a household's or person's personal data, used by every operation that
/// reads or changes it (desk, consents and receipts, referrals, requests, complaints, notes). It gathers the facts
/// of this scope (the caller check or the request the FG works for) and applies <see cref="HouseholdAccessRules"/>.
/// The grant names the purpose of use the operation passes to its reads and opens for its writes; nothing is kept.
/// </summary>
public sealed class HouseholdAccess(
    IDbContextFactory<PortalDbContext> dbFactory,
    ICurrentUser user,
    CallContext calls,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>The decision, without auditing it (for a view that degrades to a limited one instead of refusing).</summary>
    public async Task<HouseholdAccessDecision> DecideAsync(Guid householdId, HouseholdAccessNeed need, CancellationToken ct = default)
    {
        var call = calls.For(householdId);
        var requestOpen = call?.RequestId is { } requestId && await RequestStillOpenAsync(requestId, householdId, ct);
        var roles = user.IsAuthenticated ? user.Roles : [];
        var (erased, safeguards) = await FactsAsync(householdId, ct);
        var decision = HouseholdAccessRules.Decide(householdId, roles, call, requestOpen, need, erased);
        return HouseholdSafeguards.Apply(decision, roles, safeguards) with { IsProtected = safeguards.IsProtected };
    }

    /// <summary>
    /// Whether the household's data was erased (an unknown household is not: its operations say "not found"), and the
    /// safeguards' facts: the employee's confidentiality confirmation, the FG's protection mark, a reason stated in this call.
    /// </summary>
    private async Task<(bool Erased, HouseholdSafeguardFacts Safeguards)> FactsAsync(Guid householdId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var erased = await db.Households.AsNoTracking().AnyAsync(h => h.Id == householdId && h.DataErasedOn != null, ct);
        var confirmedOn = user.IsAuthenticated
            ? await db.StaffDirectory.AsNoTracking().Where(s => s.UserId == user.UserId).Select(s => s.ConfidentialityConfirmedOn).FirstOrDefaultAsync(ct)
            : null;
        var isProtected = await db.ProtectedHouseholds.AsNoTracking().AnyAsync(p => p.HouseholdId == householdId, ct);
        return (erased, new HouseholdSafeguardFacts(ConfidentialityDuty.IsCurrent(confirmedOn, DutchTime.Today(clock)), isProtected, calls.StatedReasonFor(householdId)));
    }

    /// <summary>The decision; a refusal is audited as denied (with the purpose the employee had, if any).</summary>
    public async Task<HouseholdAccessDecision> CheckAsync(
        Guid householdId, HouseholdAccessNeed need, string eventType, AuditAction action, CancellationToken ct = default)
    {
        var decision = await DecideAsync(householdId, need, ct);
        if (!decision.IsAllowed)
        {
            await audit.RecordAsync(
                new AuditRecord(eventType, action)
                {
                    Outcome = AuditOutcome.Denied,
                    TargetType = nameof(Household),
                    TargetId = householdId.ToString(),
                    SubjectHouseholdId = householdId,
                    PurposeOfUse = decision.RefusalPurpose,
                    Details = new Dictionary<string, object?> { ["reason"] = "household access", ["need"] = need.ToString() },
                },
                ct);
        }

        return decision;
    }

    /// <summary>For reads: the grant, or (audited) a <see cref="ForbiddenException"/>.</summary>
    public async Task<HouseholdAccessGrant> RequireAsync(
        Guid householdId, HouseholdAccessNeed need, string eventType, AuditAction action, CancellationToken ct = default)
    {
        var decision = await CheckAsync(householdId, need, eventType, action, ct);
        return decision.Grant ?? throw new ForbiddenException(eventType);
    }

    /// <summary>The household a person belongs to (for operations addressed by person).</summary>
    public async Task<Guid> HouseholdOfPersonAsync(Guid personId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => (Guid?)p.HouseholdId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Persoon", personId);
    }

    private async Task<bool> RequestStillOpenAsync(Guid requestId, Guid householdId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.DataSubjectRequests.AsNoTracking()
            .Where(r => r.Id == requestId && r.HouseholdId == householdId)
            .Select(r => new { r.Status, r.IdentityVerifiedOn })
            .FirstOrDefaultAsync(ct);
        return request is not null && request.IdentityVerifiedOn is not null && RequestStateMachine.IsOpen(request.Status);
    }
}
