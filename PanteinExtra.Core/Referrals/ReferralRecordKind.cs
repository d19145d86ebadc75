using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Core.Referrals;

/// <summary>
/// Referrals to service providers and the records of what was disclosed for them, counted from the day the referral was
/// completed or cancelled. An open referral never expires. Both go together: a disclosure without its referral would
/// still name what was shared with whom.
/// </summary>
public sealed class ReferralRecordKind() : RetentionRecordKind(
    KindKey, "doorverwijzingen en verstrekkingen", executionOrder: 22, // before the consent decisions they rest on
    [RetentionTrigger.Closure], [RetentionAction.Delete],
    new("Doorverwijzingen en verstrekkingen aan dienstverleners", 24, RetentionTrigger.Closure, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Twee jaar na het afronden of annuleren van de doorverwijzing: zo lang kan het lid vragen aan wie zijn gegevens zijn verstrekt "
            + "(art. 15 lid 1 onder c AVG), kan de dienstverlener worden ingelicht over een correctie of wissing (art. 19 AVG) en kan een klacht "
            + "over de bemiddeling worden afgehandeld. Daarna worden de doorverwijzing en de vastlegging van de verstrekking verwijderd."))
{
    public const string KindKey = "referral";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latestUtc = RetentionCalendar.LatestPossibleEventUtc(today, policy.PeriodMonths);
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => r.ClosedAtUtc != null && r.ClosedAtUtc < latestUtc)
            .Select(r => new { r.Id, r.HouseholdId, ClosedAtUtc = r.ClosedAtUtc!.Value })
            .ToListAsync(ct);
        return RetentionCandidate.Expired(rows.Select(r => new RetentionEvent(r.Id, r.HouseholdId, DutchDay(r.ClosedAtUtc))), policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var expired = (await db.Referrals.Where(r => recordIds.Contains(r.Id)).ToListAsync(ct))
            .Where(r => r.ClosedAtUtc is { } closed && context.HasExpired(DutchDay(closed)))
            .ToList();
        var ids = expired.Select(r => r.Id).ToList();
        db.Disclosures.RemoveRange(await db.Disclosures.Where(d => d.ReferralId != null && ids.Contains(d.ReferralId.Value)).ToListAsync(ct));
        db.Referrals.RemoveRange(expired);
        return ids.ToHashSet();
    }

    private static DateOnly DutchDay(DateTime utc) => DateOnly.FromDateTime(DutchTime.ToDutch(utc));
}
