using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>A household that retention leaves alone, and why: set by the FG or derived (open complaint, open request).</summary>
public sealed record LegalHoldEntry(Guid HouseholdId, string MemberNumber, string City, string Reason, Guid? HoldId, Guid? ConcurrencyStamp, DateTime? SetAtUtc, string? SetByName);

/// <summary>Legal holds: the FG sets and lifts them with a reason; the overview also shows automatic holds.</summary>
public sealed class LegalHoldService(
    IDbContextFactory<PortalDbContext> dbFactory,
    RetentionHolds holds,
    AccessGuard guard,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider clock)
{
    private const string ChangedMessage = "Deze bewaarblokkade is intussen gewijzigd of al opgeheven. Vernieuw de lijst.";

    public async Task<IReadOnlyList<LegalHoldEntry>> ListActiveAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.HoldView, AuditAction.View, RetentionRoles.Fg, ct);
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
            entries.Add(new LegalHoldEntry(h.HouseholdId, hh?.MemberNumber ?? "?", hh?.City ?? "", $"{h.Kind.Label()}: {h.Reason}", h.Id, h.ConcurrencyStamp, h.SetAtUtc, h.SetByName));
        }

        var manualHouseholds = manual.Select(m => m.HouseholdId).ToHashSet();
        foreach (var (id, reason) in all.Where(a => !manualHouseholds.Contains(a.Key)))
        {
            var hh = households.GetValueOrDefault(id);
            entries.Add(new LegalHoldEntry(id, hh?.MemberNumber ?? "?", hh?.City ?? "", reason, null, null, null, null));
        }

        await audit.RecordAsync(
            new AuditRecord(RetentionEventTypes.HoldView, AuditAction.View)
            {
                Details = new Dictionary<string, object?> { ["holds"] = entries.Count },
            },
            ct);
        return entries.OrderBy(e => e.MemberNumber).ToList();
    }

    public async Task<Result> SetAsync(LegalHoldInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.HoldSet, AuditAction.Create, RetentionRoles.Fg, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var number = input.MemberNumber!.Trim();
        var householdId = await db.Households.AsNoTracking().Where(h => h.MemberNumber == number).Select(h => (Guid?)h.Id).SingleOrDefaultAsync(ct);
        if (householdId is null)
        {
            return Result.Invalid(nameof(input.MemberNumber), "Er is geen huishouden met dit lidnummer.");
        }

        if (await db.LegalHolds.AnyAsync(h => h.HouseholdId == householdId && h.LiftedAtUtc == null, ct))
        {
            return Result.Invalid(nameof(input.MemberNumber), "Op dit huishouden staat al een bewaarblokkade.");
        }

        db.LegalHolds.Add(new LegalHold
        {
            HouseholdId = householdId.Value,
            Kind = input.Kind,
            Reason = input.Reason!.Trim(),
            SetAtUtc = clock.GetUtcNow().UtcDateTime,
            SetByUserId = user.UserId,
            SetByName = user.DisplayName,
        });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(RetentionEventTypes.HoldSet, AuditAction.Create)
            {
                SubjectHouseholdId = householdId,
                Details = new Dictionary<string, object?> { ["kind"] = input.Kind.ToString() },
            },
            ct);
        return Result.Ok("De bewaarblokkade is ingesteld.");
    }

    public async Task<Result> LiftAsync(LegalHoldLiftInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.HoldLift, AuditAction.Update, RetentionRoles.Fg, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hold = await db.LegalHolds.SingleOrDefaultAsync(h => h.Id == input.HoldId, ct) ?? throw new NotFoundException("Bewaarblokkade", input.HoldId);
        if (!hold.IsActive)
        {
            return Result.Conflict(ChangedMessage);
        }

        hold.Lift(clock.GetUtcNow().UtcDateTime, user.UserId, user.DisplayName, input.Reason!.Trim());
        var saved = await db.SaveUnlessChangedSinceAsync(hold, input.ConcurrencyStamp, "De bewaarblokkade is opgeheven.", ct);
        if (!saved.Succeeded)
        {
            return Result.Conflict(ChangedMessage);
        }

        await audit.RecordAsync(
            new AuditRecord(RetentionEventTypes.HoldLift, AuditAction.Update) { SubjectHouseholdId = hold.HouseholdId, TargetId = hold.Id.ToString() },
            ct);
        return saved;
    }
}
