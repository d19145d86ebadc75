using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// What a breach holds about members (who was affected, the letters to them), counted from the day the breach was
/// closed. The breach file itself (what happened, the assessment, the decisions, the measures) keeps no member data and
/// stays as the organisation's record of Art. 33(5) GDPR.
/// </summary>
public sealed class BreachMemberDataRecordKind() : RetentionRecordKind(
    KindKey, "betrokken leden en brieven bij datalekken", executionOrder: 15, // before the household, which would take these rows with it
    [RetentionTrigger.Closure], [RetentionAction.Delete],
    new("Datalekken: betrokken leden en brieven", 60, RetentionTrigger.Closure, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Vijf jaar na het afsluiten van een datalek: de AVG noemt geen termijn, maar tot dan kan de Autoriteit Persoonsgegevens naar de afhandeling vragen (art. 33 lid 5 AVG) "
            + "en kan een betrokken lid klagen of een vordering instellen. Daarna worden de koppeling met de leden en de brieven aan hen gewist; "
            + "het dossier zelf (wat er gebeurde, de beoordeling, de besluiten en de maatregelen) bevat geen gegevens van leden en blijft "
            + "bewaard als verantwoording van de organisatie."))
{
    public const string KindKey = "breach-member-data";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latestUtc = RetentionCalendar.LatestPossibleEventUtc(today, policy.PeriodMonths);
        var rows = await (
                from a in db.BreachAffected.AsNoTracking()
                join b in db.Breaches.AsNoTracking() on a.BreachId equals b.Id
                where b.ClosedAtUtc != null && b.ClosedAtUtc < latestUtc
                select new { a.Id, a.HouseholdId, ClosedAtUtc = b.ClosedAtUtc!.Value })
            .ToListAsync(ct);
        return RetentionCandidate.Expired(rows.Select(r => new RetentionEvent(r.Id, r.HouseholdId, DutchDay(r.ClosedAtUtc))), policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var rows = await (
                from a in db.BreachAffected
                join b in db.Breaches.AsNoTracking() on a.BreachId equals b.Id
                where recordIds.Contains(a.Id) && b.ClosedAtUtc != null
                select new { Affected = a, ClosedAtUtc = b.ClosedAtUtc!.Value })
            .ToListAsync(ct);
        var expired = rows.Where(r => context.HasExpired(DutchDay(r.ClosedAtUtc))).Select(r => r.Affected).ToList();
        var breachIds = expired.Select(a => a.BreachId).Distinct().ToList();
        var householdIds = expired.Select(a => a.HouseholdId).Distinct().ToList();
        var letters = (await db.BreachLetters
                .Where(l => breachIds.Contains(l.BreachId) && householdIds.Contains(l.HouseholdId))
                .ToListAsync(ct))
            .Where(l => expired.Any(a => a.BreachId == l.BreachId && a.HouseholdId == l.HouseholdId));
        db.BreachLetters.RemoveRange(letters);
        db.BreachAffected.RemoveRange(expired);
        return expired.Select(a => a.Id).ToHashSet();
    }

    private static DateOnly DutchDay(DateTime utc) => DateOnly.FromDateTime(DutchTime.ToDutch(utc));
}

/// <summary>A household affected by a breach that is not closed yet is held: the FG may still have to write to it.</summary>
public sealed class OpenBreachHoldSource : IRetentionHoldSource
{
    public async Task<IReadOnlyList<RetentionHold>> FindActiveHoldsAsync(
        PortalDbContext db, IReadOnlyCollection<Guid>? householdIds, CancellationToken ct)
    {
        var open =
            from a in db.BreachAffected.AsNoTracking()
            join b in db.Breaches.AsNoTracking() on a.BreachId equals b.Id
            where b.ClosedAtUtc == null
            select new { a.HouseholdId, b.Number };
        if (householdIds is not null)
        {
            open = open.Where(r => householdIds.Contains(r.HouseholdId));
        }

        var rows = await open.Distinct().ToListAsync(ct);
        return rows.Select(r => new RetentionHold(r.HouseholdId, $"open datalek #{r.Number}")).ToList();
    }
}
