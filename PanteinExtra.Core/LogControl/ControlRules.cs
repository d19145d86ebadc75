using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.LogControl;

/// <summary>A finding before it is stored: who, which households, which events, what the rule saw.</summary>
public sealed record FindingDraft(ControlRule Rule, string UserId, string UserName, IReadOnlyCollection<Guid> Households, IReadOnlyCollection<long> Events, string Summary);

/// <summary>
/// The control rules over one Dutch calendar day of the access log. Only employees' events count (the system's
/// bookkeeping does not); each rule yields at most one finding per employee per day.
/// </summary>
public sealed class ControlRules(LogControlOptions options)
{
    private static readonly string[] StaffRoles = [.. Roles.All];

    public async Task<(IReadOnlyList<FindingDraft> Findings, long Examined)> RunAsync(PortalDbContext db, DateOnly day, CancellationToken ct)
    {
        var fromUtc = DutchTime.StartOfDayUtc(day);
        var toUtc = DutchTime.StartOfDayUtc(day.AddDays(1));
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.StartedAtUtc >= fromUtc && e.StartedAtUtc < toUtc && StaffRoles.Contains(e.UserRole))
            .Select(e => new DayEvent(e.Sequence, e.UserId, e.UserName, e.EventType, e.Action, e.StartedAtUtc, e.SubjectHouseholdId))
            .ToListAsync(ct);
        var findings = new List<FindingDraft>();
        findings.AddRange(await OwnSurnameOrAddressAsync(db, events, ct));
        findings.AddRange(OutsideWorkingHours(events, day));
        findings.AddRange(await VolumeAboveBaselineAsync(db, events, day, ct));
        findings.AddRange(Fishing(events));
        findings.AddRange(await new AccessGroundRules(options).RunAsync(db, fromUtc, toUtc, ct));
        return (findings, events.Count);
    }

    private static async Task<IEnumerable<FindingDraft>> OwnSurnameOrAddressAsync(PortalDbContext db, List<DayEvent> events, CancellationToken ct)
    {
        var byUser = events.Where(e => e.Household is not null).GroupBy(e => e.UserId).ToDictionary(g => g.Key, g => g.ToList());
        if (byUser.Count == 0)
        {
            return [];
        }

        var users = byUser.Keys.ToList();
        var staff = await db.StaffDirectory.AsNoTracking().Where(s => users.Contains(s.UserId)).ToListAsync(ct);
        var findings = new List<FindingDraft>();
        foreach (var person in staff)
        {
            var seen = byUser[person.UserId];
            var ids = seen.Select(e => e.Household!.Value).Distinct().ToList();
            var surname = person.Surname.Trim().ToLower();
            var matches = await db.Households.AsNoTracking()
                .Where(h => ids.Contains(h.Id))
                .Where(h => (person.Postcode != null && h.Postcode == person.Postcode && h.HouseNumber == person.HouseNumber)
                    || h.Persons.Any(p => p.LastName.ToLower() == surname))
                .Select(h => h.Id)
                .ToListAsync(ct);
            if (matches.Count > 0)
            {
                var evidence = seen.Where(e => matches.Contains(e.Household!.Value)).ToList();
                findings.Add(Draft(ControlRule.OwnSurnameOrAddress, evidence, $"{Dutch.Count(matches.Count, "huishouden", "huishoudens")} met de eigen achternaam of het eigen adres ingezien."));
            }
        }

        return findings;
    }

    private IEnumerable<FindingDraft> OutsideWorkingHours(List<DayEvent> events, DateOnly day)
    {
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return events
            .Where(e => e.Household is not null)
            .Where(e => (weekend && options.WeekendIsOutsideWorkingHours)
                || DutchTime.ToDutch(e.AtUtc).Hour < options.WorkdayStartHour
                || DutchTime.ToDutch(e.AtUtc).Hour >= options.WorkdayEndHour)
            .GroupBy(e => e.UserId)
            .Select(g => Draft(ControlRule.OutsideWorkingHours, g.ToList(), $"{Dutch.Count(g.Count(), "toegang", "toegangen")} buiten werktijd ({options.WorkdayStartHour}:00-{options.WorkdayEndHour}:00{(weekend ? ", weekend" : "")})."));
    }

    private async Task<IEnumerable<FindingDraft>> VolumeAboveBaselineAsync(PortalDbContext db, List<DayEvent> events, DateOnly day, CancellationToken ct)
    {
        var today = events.Where(e => e.Household is not null).GroupBy(e => e.UserId).Where(g => g.Count() > options.VolumeMinimum).ToList();
        if (today.Count == 0)
        {
            return [];
        }

        var users = today.Select(g => g.Key).ToList();
        var fromUtc = DutchTime.StartOfDayUtc(day.AddDays(-30));
        var toUtc = DutchTime.StartOfDayUtc(day);
        var baseline = await db.AuditEvents.AsNoTracking()
            .Where(e => e.StartedAtUtc >= fromUtc && e.StartedAtUtc < toUtc && e.SubjectHouseholdId != null && users.Contains(e.UserId))
            .GroupBy(e => e.UserId)
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count / 30.0, ct);
        return today
            .Where(g => g.Count() > options.VolumeFactor * baseline.GetValueOrDefault(g.Key))
            .Select(g => Draft(ControlRule.VolumeAboveBaseline, g.ToList(),
                $"{Dutch.Count(g.Count(), "toegang", "toegangen")} op één dag; het eigen gemiddelde over 30 dagen is {Dutch.Number((decimal)baseline.GetValueOrDefault(g.Key), 1)} per dag."));
    }

    private IEnumerable<FindingDraft> Fishing(List<DayEvent> events) =>
        events.GroupBy(e => e.UserId)
            .Select(g => new
            {
                Events = g.ToList(),
                Searches = g.Count(e => e.EventType == MembersEventTypes.Search),
                Calls = g.Count(e => e.EventType == MembersEventTypes.CallerCheck),
                Exports = g.Count(e => e.Action == AuditAction.Export),
            })
            .Where(u => u.Searches >= options.FishingMinimumSearches && u.Calls < options.FishingCallsPerSearch * u.Searches)
            .Select(u => Draft(ControlRule.Fishing, u.Events.Where(e => e.EventType == MembersEventTypes.Search || e.Action == AuditAction.Export).ToList(),
                $"{Dutch.Count(u.Searches, "zoekopdracht", "zoekopdrachten")}, {Dutch.Count(u.Calls, "gesprek", "gesprekken")} met controle van de beller, {Dutch.Count(u.Exports, "download", "downloads")}."));

    private static FindingDraft Draft(ControlRule rule, List<DayEvent> evidence, string summary) =>
        new(rule, evidence[0].UserId, evidence[0].UserName,
            evidence.Where(e => e.Household is not null).Select(e => e.Household!.Value).Distinct().ToList(),
            evidence.Select(e => e.Sequence).Take(LogControlLimits.EvidenceEvents).ToList(), summary);

    private sealed record DayEvent(long Sequence, string UserId, string UserName, string EventType, AuditAction Action, DateTime AtUtc, Guid? Household);
}
