using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// Who is affected by an employee's unauthorised access, computed from the access log: the households and persons
/// this employee viewed in the period (Dutch calendar dates, inclusive), with how many times. Uses the log's index on
/// (user, moment), so it stays well within two seconds over a million events (see docs/benchmarks.md).
/// </summary>
public static class AccessLogDerivation
{
    /// <summary>The actions that show personal data to the employee.</summary>
    private static readonly AuditAction[] Reading = [AuditAction.View, AuditAction.Export, AuditAction.Print];

    public static async Task<IReadOnlyList<AccessedSubject>> ViewedAsync(
        PortalDbContext db, string userId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var fromUtc = DutchTime.StartOfDayUtc(from);
        var toUtc = DutchTime.StartOfDayUtc(to.AddDays(1));
        var counts = await db.AuditEvents.AsNoTracking()
            .Where(e => e.UserId == userId && e.StartedAtUtc >= fromUtc && e.StartedAtUtc < toUtc)
            .Where(e => e.SubjectHouseholdId != null && e.Outcome == AuditOutcome.Success && Reading.Contains(e.Action))
            .GroupBy(e => new { e.SubjectHouseholdId, e.SubjectPersonId })
            .Select(g => new { g.Key.SubjectHouseholdId, g.Key.SubjectPersonId, Views = g.Count() })
            .ToListAsync(ct);
        var householdIds = counts.Select(c => c.SubjectHouseholdId!.Value).Distinct().ToList();
        var households = new Dictionary<Guid, string>();
        var persons = new Dictionary<Guid, (Guid HouseholdId, PersonRoleName Name)>();
        foreach (var chunk in householdIds.Chunk(500))
        {
            foreach (var h in await db.Households.AsNoTracking().Where(h => chunk.Contains(h.Id)).Select(h => new { h.Id, h.MemberNumber }).ToListAsync(ct))
            {
                households[h.Id] = h.MemberNumber;
            }

            foreach (var p in await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.HouseholdId))
                         .Select(p => new { p.Id, p.HouseholdId, p.Role, p.FirstName, p.Infix, p.LastName }).ToListAsync(ct))
            {
                persons[p.Id] = (p.HouseholdId, new PersonRoleName(p.Role == Members.PersonRole.MainMember, PersonNames.Full(p.FirstName, p.Infix, p.LastName)));
            }
        }

        string NameOf(Guid householdId, Guid? personId) =>
            personId is { } id && persons.TryGetValue(id, out var p) ? p.Name.Name
            : persons.Values.Where(x => x.HouseholdId == householdId).OrderByDescending(x => x.Name.IsMain).Select(x => x.Name.Name).FirstOrDefault() ?? "";

        // A household that was erased since is left out: there is nobody left to inform.
        return counts
            .Where(c => households.ContainsKey(c.SubjectHouseholdId!.Value))
            .Where(c => c.SubjectPersonId is null || persons.ContainsKey(c.SubjectPersonId.Value))
            .Select(c => new AccessedSubject(
                c.SubjectHouseholdId!.Value, c.SubjectPersonId, households[c.SubjectHouseholdId.Value],
                NameOf(c.SubjectHouseholdId.Value, c.SubjectPersonId), c.Views))
            .OrderBy(s => s.MemberNumber, StringComparer.Ordinal).ThenBy(s => s.PersonId)
            .ToList();
    }

    private sealed record PersonRoleName(bool IsMain, string Name);
}
