using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Requests.Reports;

namespace PanteinExtra.Core.Courses;

/// <summary>The person's registrations for courses and meetings: which, when, the status, a dietary wish and attendance.</summary>
public sealed class CoursesAccessReportContributor : IAccessReportContributor
{
    public int Order => 20;

    public async Task<IReadOnlyList<AccessReportData>> DataAsync(PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct)
    {
        var rows = await (
            from r in db.CourseRegistrations.AsNoTracking()
            join c in db.Courses.AsNoTracking() on r.CourseId equals c.Id
            where r.PersonId == personId
            orderby c.StartsAtUtc
            select new { c.Title, c.Kind, c.StartsAtUtc, r.Status, r.RegisteredAtUtc, r.DietaryWish, r.Attendance })
            .ToListAsync(ct);
        return
        [
            new("Uw aanmeldingen voor cursussen en bijeenkomsten", CourseRegistrationRecordKind.KindKey, AuditArea.Courses,
                rows.Select(r => new AccessReportRow(
                    $"{r.Kind.CapitalisedLabel()} {r.Title} ({Dutch.Moment(r.StartsAtUtc)})",
                    string.Join("; ", new[]
                    {
                        $"{r.Status.CapitalisedLabel()} (aanmelding op {Dutch.Date(r.RegisteredAtUtc)})",
                        r.DietaryWish is { } wish ? $"dieetwens: {wish}" : null,
                        r.Attendance is { } a ? a.Label() : null,
                    }.Where(s => s is not null)))).ToList()),
        ];
    }
}
