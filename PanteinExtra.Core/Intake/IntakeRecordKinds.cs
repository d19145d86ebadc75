using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Core.Intake;

/// <summary>
/// Website forms nobody handled, counted from the day they arrived: a form that waits is a copy of someone's data with no
/// use yet. A form not tied to a household counts under the empty household id (no hold can name it).
/// </summary>
public sealed class OpenIntakeRecordKind() : RetentionRecordKind(
    KindKey, "onbehandelde websiteformulieren", executionOrder: 5,
    [RetentionTrigger.Creation], [RetentionAction.Delete],
    new("Websiteformulieren: onbehandeld", 1, RetentionTrigger.Creation, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Een maand na ontvangst: een formulier van de website wordt binnen enkele werkdagen behandeld; wat dan nog niemand heeft opgepakt, "
            + "is verouderd en wordt gewist in plaats van eindeloos bewaard. De afzender kan het formulier opnieuw sturen."))
{
    public const string KindKey = "intake-open";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latestUtc = RetentionCalendar.LatestPossibleEventUtc(today, policy.PeriodMonths);
        var rows = await db.IntakeItems.AsNoTracking()
            .Where(i => i.Status == IntakeStatus.New && i.ReceivedAtUtc < latestUtc)
            .Select(i => new { i.Id, i.ReceivedAtUtc })
            .ToListAsync(ct);
        return RetentionCandidate.Expired(rows.Select(r => new RetentionEvent(r.Id, Guid.Empty, DutchDay(r.ReceivedAtUtc))), policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var expired = (await context.Db.IntakeItems.Where(i => recordIds.Contains(i.Id) && i.Status == IntakeStatus.New).ToListAsync(ct))
            .Where(i => context.HasExpired(DutchDay(i.ReceivedAtUtc)))
            .ToList();
        context.Db.IntakeItems.RemoveRange(expired);
        return expired.Select(i => i.Id).ToHashSet();
    }

    internal static DateOnly DutchDay(DateTime utc) => DateOnly.FromDateTime(DutchTime.ToDutch(utc));
}

/// <summary>
/// Website forms that were handled, counted from the day of handling: what they brought is in the member's file
/// (consent events, subscription, the new household) or was rejected; the form itself is kept a short while to answer questions about it.
/// </summary>
public sealed class HandledIntakeRecordKind() : RetentionRecordKind(
    KindKey, "afgehandelde websiteformulieren", executionOrder: 6,
    [RetentionTrigger.Closure], [RetentionAction.Delete],
    new("Websiteformulieren: afgehandeld", 3, RetentionTrigger.Closure, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Drie maanden na afhandeling: wat het formulier bracht staat dan in het dossier van het lid (toestemming met de bevestigingsreferentie, "
            + "abonnement, inschrijving) of is afgewezen; tot dan kan een vraag over de afhandeling worden beantwoord."))
{
    public const string KindKey = "intake-handled";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latestUtc = RetentionCalendar.LatestPossibleEventUtc(today, policy.PeriodMonths);
        var rows = await db.IntakeItems.AsNoTracking()
            .Where(i => i.Status != IntakeStatus.New && i.HandledAtUtc != null && i.HandledAtUtc < latestUtc)
            .Select(i => new { i.Id, i.LinkedHouseholdId, HandledAtUtc = i.HandledAtUtc!.Value })
            .ToListAsync(ct);
        return RetentionCandidate.Expired(
            rows.Select(r => new RetentionEvent(r.Id, r.LinkedHouseholdId ?? Guid.Empty, OpenIntakeRecordKind.DutchDay(r.HandledAtUtc))), policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var expired = (await context.Db.IntakeItems.Where(i => recordIds.Contains(i.Id) && i.Status != IntakeStatus.New && i.HandledAtUtc != null).ToListAsync(ct))
            .Where(i => context.HasExpired(OpenIntakeRecordKind.DutchDay(i.HandledAtUtc!.Value)))
            .ToList();
        context.Db.IntakeItems.RemoveRange(expired);
        return expired.Select(i => i.Id).ToHashSet();
    }
}
