using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>A household that retention leaves alone, and why: set by the FG or derived (open complaint, open request).</summary>
public sealed record LegalHoldEntry(Guid HouseholdId, string MemberNumber, string City, string Reason, Guid? HoldId, Guid? ConcurrencyStamp, DateTime? SetAtUtc, string? SetByName);

public sealed record LegalHoldResult(bool Succeeded, IReadOnlyDictionary<string, string> Errors)
{
    public static LegalHoldResult Ok { get; } = new(true, new Dictionary<string, string>());

    public static LegalHoldResult Error(string field, string message) => new(false, new Dictionary<string, string> { [field] = message });
}

/// <summary>Legal holds: the FG sets and lifts them with a reason; the overview also shows automatic holds.</summary>
public sealed class LegalHoldService(
    IDbContextFactory<PortalDbContext> dbFactory,
    RetentionHolds holds,
    AccessGuard guard,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider clock)
{
    public const int MinimumReasonLength = 10;

    public async Task<IReadOnlyList<LegalHoldEntry>> ListActiveAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionAuditEvents.HoldView, AuditAction.View, RetentionRoles.Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await holds.FindAsync(db, null, ct);
        var manual = await db.LegalHolds.AsNoTracking().Where(h => h.LiftedAtUtc == null).ToListAsync(ct);
        var ids = all.Keys.ToList();
        var households = await db.Households.AsNoTracking()
            .Where(h => ids.Contains(h.Id))
            .Select(h => new { h.Id, h.MemberNumber, h.City })
            .ToDictionaryAsync(h => h.Id, ct);
        var entries = new List<LegalHoldEntry>();
        foreach (var h in manual)
        {
            var hh = households.GetValueOrDefault(h.HouseholdId);
            entries.Add(new LegalHoldEntry(h.HouseholdId, hh?.MemberNumber ?? "?", hh?.City ?? "", $"{LegalHoldText.Kind(h.Kind)}: {h.Reason}", h.Id, h.ConcurrencyStamp, h.SetAtUtc, h.SetByName));
        }

        var manualHouseholds = manual.Select(m => m.HouseholdId).ToHashSet();
        foreach (var (id, reason) in all.Where(a => !manualHouseholds.Contains(a.Key)))
        {
            var hh = households.GetValueOrDefault(id);
            entries.Add(new LegalHoldEntry(id, hh?.MemberNumber ?? "?", hh?.City ?? "", reason, null, null, null, null));
        }

        await audit.RecordAsync(
            new AuditRecord(RetentionAuditEvents.HoldView, AuditAction.View)
            {
                Details = new Dictionary<string, object?> { ["holds"] = entries.Count },
            },
            ct);
        return entries.OrderBy(e => e.MemberNumber).ToList();
    }

    public async Task<LegalHoldResult> SetAsync(string memberNumber, LegalHoldKind kind, string reason, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionAuditEvents.HoldSet, AuditAction.Create, RetentionRoles.Fg, ct);
        if ((reason?.Trim().Length ?? 0) < MinimumReasonLength)
        {
            return LegalHoldResult.Error("reason", $"Geef een reden van minstens {MinimumReasonLength} tekens.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var number = memberNumber?.Trim() ?? "";
        var householdId = await db.Households.AsNoTracking().Where(h => h.MemberNumber == number).Select(h => (Guid?)h.Id).SingleOrDefaultAsync(ct);
        if (householdId is null)
        {
            return LegalHoldResult.Error("memberNumber", "Er is geen huishouden met dit lidnummer.");
        }

        if (await db.LegalHolds.AnyAsync(h => h.HouseholdId == householdId && h.LiftedAtUtc == null, ct))
        {
            return LegalHoldResult.Error("memberNumber", "Op dit huishouden staat al een bewaarblokkade.");
        }

        db.Add(new LegalHold
        {
            HouseholdId = householdId.Value,
            Kind = kind,
            Reason = reason!.Trim(),
            SetAtUtc = clock.GetUtcNow().UtcDateTime,
            SetByUserId = user.UserId,
            SetByName = user.DisplayName,
        });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(RetentionAuditEvents.HoldSet, AuditAction.Create)
            {
                SubjectHouseholdId = householdId,
                Details = new Dictionary<string, object?> { ["kind"] = kind.ToString() },
            },
            ct);
        return LegalHoldResult.Ok;
    }

    public async Task<LegalHoldResult> LiftAsync(Guid holdId, Guid concurrencyStamp, string reason, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionAuditEvents.HoldLift, AuditAction.Update, RetentionRoles.Fg, ct);
        if ((reason?.Trim().Length ?? 0) < MinimumReasonLength)
        {
            return LegalHoldResult.Error("reason", $"Geef een reden van minstens {MinimumReasonLength} tekens.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hold = await db.LegalHolds.SingleOrDefaultAsync(h => h.Id == holdId, ct) ?? throw new NotFoundException("Bewaarblokkade", holdId);
        if (!hold.IsActive || hold.ConcurrencyStamp != concurrencyStamp)
        {
            return LegalHoldResult.Error("", "Deze bewaarblokkade is intussen gewijzigd of al opgeheven. Vernieuw de lijst.");
        }

        db.Entry(hold).Property(h => h.ConcurrencyStamp).OriginalValue = concurrencyStamp;
        hold.Lift(clock.GetUtcNow().UtcDateTime, user.UserId, user.DisplayName, reason!.Trim());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LegalHoldResult.Error("", "Deze bewaarblokkade is intussen gewijzigd of al opgeheven. Vernieuw de lijst.");
        }

        await audit.RecordAsync(
            new AuditRecord(RetentionAuditEvents.HoldLift, AuditAction.Update) { SubjectHouseholdId = hold.HouseholdId, TargetId = hold.Id.ToString() },
            ct);
        return LegalHoldResult.Ok;
    }
}
