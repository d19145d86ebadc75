using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Auditing;

/// <summary>Names the households of a page of log rows by member number and main member (one query per page), and their register activity.</summary>
internal static class AuditSubjects
{
    public static async Task<List<AuditLogEntry>> NameAsync(PortalDbContext db, List<AuditLogEntry> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => r.SubjectHouseholdId is not null).Select(r => r.SubjectHouseholdId!.Value).Distinct().ToList();
        var names = ids.Count == 0 ? [] : await LookUpAsync(db, ids, ct);
        var activities = await ActivitiesAsync(db, ct);
        return rows.Select(r =>
        {
            var named = r with { Activity = Activity(activities, r.ProcessingActivityId, r.ProcessingActivityVersion) };
            return r.SubjectHouseholdId is { } h && names.TryGetValue(h, out var n)
                ? named with { SubjectMemberNumber = n.Number, SubjectName = n.Name }
                : named;
        }).ToList();
    }

    /// <summary>Every activity's name by id (the register holds a few hundred at most).</summary>
    public static Task<Dictionary<Guid, string>> ActivitiesAsync(PortalDbContext db, CancellationToken ct) =>
        db.ProcessingActivities.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);

    public static string? Activity(Dictionary<Guid, string> names, Guid? id, int? version) =>
        id is { } a && names.TryGetValue(a, out var name) ? $"{name} (versie {version})" : null;

    public static async Task<Dictionary<Guid, (string Number, string Name)>> LookUpAsync(PortalDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var found = await db.Households.AsNoTracking()
            .Where(h => ids.Contains(h.Id))
            .Select(h => new
            {
                h.Id,
                h.MemberNumber,
                Main = h.Persons.Where(p => p.Role == PersonRole.MainMember).Select(p => new { p.FirstName, p.Infix, p.LastName }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return found.ToDictionary(
            h => h.Id,
            h => (h.MemberNumber, h.Main is { } m ? PersonNames.Full(m.FirstName, m.Infix, m.LastName) : "(geen personen)"));
    }
}
