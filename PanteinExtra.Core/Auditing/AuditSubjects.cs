using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Auditing;

/// <summary>Names the households of a page of log rows by member number and main member (one query per page).</summary>
internal static class AuditSubjects
{
    public static async Task<List<AuditLogEntry>> NameAsync(PortalDbContext db, List<AuditLogEntry> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => r.SubjectHouseholdId is not null).Select(r => r.SubjectHouseholdId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return rows;
        }

        var names = await LookUpAsync(db, ids, ct);
        return rows.Select(r => r.SubjectHouseholdId is { } h && names.TryGetValue(h, out var n)
            ? r with { SubjectMemberNumber = n.Number, SubjectName = n.Name }
            : r).ToList();
    }

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
