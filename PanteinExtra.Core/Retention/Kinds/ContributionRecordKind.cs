using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>
/// Contributions and payments: fiscal records, kept seven years from the end of the financial year (art. 52
/// AWR). Anonymising keeps year and amounts (statistics) and drops the payment date. When a household that was
/// already anonymised loses its last fiscal record, its member number (the ledger key) is replaced as well.
/// </summary>
public sealed class ContributionRecordKind() : RetentionRecordKind(
    KindKey, "contributies en betalingen", executionOrder: 95,
    [RetentionTrigger.EndOfFinancialYear], [RetentionAction.Delete, RetentionAction.Anonymise],
    new("Contributies en betalingen", 84, RetentionTrigger.EndOfFinancialYear, RetentionGround.Statutory, RetentionAction.Anonymise,
        Law: "art. 52 Algemene wet inzake rijksbelastingen (AWR)", StatutoryMinimumMonths: 84,
        Motivation: "Fiscale bewaarplicht: zeven jaar na afloop van het boekjaar."),
    new StatutoryFloor("art. 52 Algemene wet inzake rijksbelastingen (AWR)", 84))
{
    public const string KindKey = "contribution";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latestYear = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths).Year;
        var rows = await db.Contributions.AsNoTracking()
            .Where(c => c.Year <= latestYear)
            .Where(c => !db.RetentionTombstones.Any(t => t.RecordKind == KindKey && t.RecordId == c.Id))
            .Select(c => new { c.Id, c.HouseholdId, c.Year })
            .ToListAsync(ct);
        return RetentionCandidate.Expired(rows.Select(r => new RetentionEvent(r.Id, r.HouseholdId, YearEnd(r.Year))), policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var contributions = await db.Contributions.Where(c => recordIds.Contains(c.Id)).ToListAsync(ct);
        var expired = contributions
            .Where(c => context.HasExpired(YearEnd(c.Year)))
            .ToList();
        switch (context.Policy.Action)
        {
            case RetentionAction.Delete:
                db.Contributions.RemoveRange(expired);
                break;
            case RetentionAction.Anonymise:
                expired.ForEach(c => c.Anonymise());
                break;
        }

        var ids = expired.Select(c => c.Id).ToList();
        var households = expired.Select(c => c.HouseholdId).Distinct().ToList();
        var anonymised = await db.RetentionTombstones.AsNoTracking()
            .Where(t => t.RecordKind == HouseholdRecordKind.KindKey && households.Contains(t.RecordId))
            .Select(t => t.RecordId)
            .ToListAsync(ct);
        var noLedgerLeft = await Anonymiser.WithoutFiscalRecordsAsync(db, anonymised, ct, ids);
        await Anonymiser.PseudonymiseMemberNumbersAsync(db, await db.Households.Where(h => noLedgerLeft.Contains(h.Id)).ToListAsync(ct), ct);

        return ids.ToHashSet();
    }

    /// <summary>The last day of the financial year (a calendar year) a contribution belongs to.</summary>
    private static DateOnly YearEnd(int year) => new(year, 12, 31);
}
