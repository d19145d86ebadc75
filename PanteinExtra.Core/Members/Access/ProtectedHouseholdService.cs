using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Protected households ("break the glass"): the FG marks and unmarks them (audited as writes); an agent states a
/// reason in the call before <see cref="HouseholdAccess"/> opens such a household, and that statement is an audit
/// event carrying the reason. Every access to a protected household is a finding of the log control.
/// </summary>
public sealed class ProtectedHouseholdService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    ConfidentialityGuard confidentiality,
    IAuditLog audit,
    AuditContext auditContext,
    ICurrentUser user,
    CallContext calls,
    TimeProvider clock)
{
    public const string NotProtected = "Dit huishouden is niet beschermd: u hoeft geen reden op te geven.";

    private static readonly string[] Officers = [Roles.PrivacyOfficer];
    private static readonly string[] Agents = [Roles.CallCentre];

    /// <summary>The FG's list of protected households (member number and main member only).</summary>
    public async Task<IReadOnlyList<ProtectedHouseholdRow>> ListAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(ProtectionEventTypes.List, AuditAction.View, Officers, ct);
        await confidentiality.RequireCurrentAsync(ProtectionEventTypes.List, AuditAction.View, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await (
                from p in db.ProtectedHouseholds.AsNoTracking()
                join h in db.Households.AsNoTracking() on p.HouseholdId equals h.Id
                orderby h.MemberNumber
                select new
                {
                    p.HouseholdId,
                    h.MemberNumber,
                    h.City,
                    p.Kind,
                    p.Note,
                    p.MarkedByName,
                    p.MarkedAtUtc,
                    Main = h.Persons.Where(x => x.Role == PersonRole.MainMember).Select(x => new { x.FirstName, x.Infix, x.LastName }).FirstOrDefault(),
                })
            .Take(500)
            .ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(ProtectionEventTypes.List, AuditAction.View)
            {
                PurposeOfUse = HouseholdAccessRules.SupervisionPurpose,
                Details = new Dictionary<string, object?> { ["results"] = rows.Count },
            },
            ct);
        return rows.Select(r => new ProtectedHouseholdRow(
                r.HouseholdId, r.MemberNumber, r.Main is { } m ? PersonNames.Full(m.FirstName, m.Infix, m.LastName) : "(geen personen)", r.City,
                r.Kind, r.Note, r.MarkedByName, r.MarkedAtUtc))
            .ToList();
    }

    /// <summary>The protection of one household, for the FG's household page.</summary>
    public async Task<ProtectionStatus> StatusAsync(Guid householdId, CancellationToken ct = default)
    {
        await guard.RequireAsync(ProtectionEventTypes.List, AuditAction.View, Officers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await db.ProtectedHouseholds.AsNoTracking().FirstOrDefaultAsync(x => x.HouseholdId == householdId, ct);
        return new ProtectionStatus(householdId, p?.Kind, p?.Note, p?.MarkedByName, p?.MarkedAtUtc);
    }

    /// <summary>The FG marks the household as protected, or changes the reason of its protection.</summary>
    public async Task<Result> MarkAsync(Guid householdId, ProtectionInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(ProtectionEventTypes.Mark, AuditAction.Update, Officers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Households.AsNoTracking().AnyAsync(h => h.Id == householdId, ct))
        {
            return Result.NotFound("Dit huishouden bestaat niet (meer).");
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        var existing = await db.ProtectedHouseholds.FirstOrDefaultAsync(p => p.HouseholdId == householdId, ct);
        if (existing is null)
        {
            db.ProtectedHouseholds.Add(ProtectedHousehold.Mark(householdId, input.Kind, note, user.DisplayName, clock.GetUtcNow().UtcDateTime));
        }
        else
        {
            existing.Redescribe(input.Kind, note);
        }

        using var purpose = auditContext.BeginPurpose(HouseholdAccessRules.SupervisionPurpose);
        await db.SaveChangesAsync(ct);
        return Result.Ok($"Het huishouden is beschermd ({input.Kind.Label()}): een medewerker van Klantcontact geeft eerst een reden op.");
    }

    /// <summary>The FG lifts the protection.</summary>
    public async Task<Result> UnmarkAsync(Guid householdId, CancellationToken ct = default)
    {
        await guard.RequireAsync(ProtectionEventTypes.Unmark, AuditAction.Delete, Officers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.ProtectedHouseholds.FirstOrDefaultAsync(p => p.HouseholdId == householdId, ct);
        if (existing is null)
        {
            return Result.NotFound("Dit huishouden is niet beschermd.");
        }

        db.ProtectedHouseholds.Remove(existing);
        using var purpose = auditContext.BeginPurpose(HouseholdAccessRules.SupervisionPurpose);
        await db.SaveChangesAsync(ct);
        return Result.Ok("De bescherming van dit huishouden is opgeheven.");
    }

    /// <summary>
    /// The agent states why they open this protected household in this call. The reason is kept for this call only and
    /// recorded in the audit event (the reason itself, no other personal values).
    /// </summary>
    public async Task<Result> StateReasonAsync(Guid householdId, StatedReasonInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(ProtectionEventTypes.StateReason, AuditAction.Create, Agents, ct);
        await confidentiality.RequireCurrentAsync(ProtectionEventTypes.StateReason, AuditAction.Create, ct);
        var call = calls.For(householdId);
        if (call is null || call.ForRequest)
        {
            return Result.Refused(HouseholdAccessRules.RecordCallerFirst);
        }

        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var protection = await db.ProtectedHouseholds.AsNoTracking().FirstOrDefaultAsync(p => p.HouseholdId == householdId, ct);
        if (protection is null)
        {
            return Result.Refused(NotProtected);
        }

        var reason = input.Reason!.Trim();
        await audit.RecordAsync(
            ProtectionEventTypes.StatedReason(householdId, protection.Kind, reason, call.PurposeOfUse + HouseholdSafeguards.ProtectedPurposeSuffix), ct);
        calls.StateReason(reason);
        return Result.Ok("Reden vastgelegd. De FG controleert deze toegang.");
    }
}
