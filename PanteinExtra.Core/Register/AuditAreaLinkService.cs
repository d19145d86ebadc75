using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>One part of the portal with the activity its access-log events belong to (none yet: null).</summary>
public sealed record AuditAreaLinks(IReadOnlyList<AuditAreaRow> Areas, IReadOnlyList<Breaches.ActivityChoice> Activities);

public sealed record AuditAreaRow(AuditArea Area, Guid? ActivityId, string? ActivityName, int? ActivityVersion, DateTime? LinkedAtUtc, string? LinkedByName);

/// <summary>
/// Links the parts of the portal to the register's activities, so that every access-log event names the processing it
/// belongs to. Everyone who reads the register reads the links; the register's editors change them (audited by the
/// interceptor as a write of <see cref="AuditAreaLink"/>).
/// </summary>
public sealed class AuditAreaLinkService(IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, ICurrentUser user, TimeProvider clock)
{
    public async Task<AuditAreaLinks> ListAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.View, RegisterAccess.Readers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var links = await (
                from l in db.AuditAreaLinks.AsNoTracking()
                join a in db.ProcessingActivities.AsNoTracking() on l.ActivityId equals a.Id
                select new { l.Area, l.ActivityId, a.Name, a.Version, l.LinkedAtUtc, l.LinkedByName })
            .ToDictionaryAsync(x => x.Area, ct);
        var areas = Enum.GetValues<AuditArea>()
            .Select(area => links.GetValueOrDefault(area) is { } l
                ? new AuditAreaRow(area, l.ActivityId, l.Name, l.Version, l.LinkedAtUtc, l.LinkedByName)
                : new AuditAreaRow(area, null, null, null, null, null))
            .ToList();
        var activities = await db.ProcessingActivities.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new Breaches.ActivityChoice(a.Id, a.Name)).ToListAsync(ct);
        return new AuditAreaLinks(areas, activities);
    }

    /// <summary>Links the area to the activity, or (null) removes the link; from then on its events carry it.</summary>
    public async Task<Result> LinkAsync(AuditArea area, Guid? activityId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Edit, AuditAction.Update, RegisterAccess.Editors, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var link = await db.AuditAreaLinks.SingleOrDefaultAsync(l => l.Area == area, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (activityId is not { } id)
        {
            if (link is not null)
            {
                db.AuditAreaLinks.Remove(link);
                await db.SaveChangesAsync(ct);
            }

            return Result.Ok($"De gebeurtenissen over {area.Label()} zijn aan geen verwerking meer gekoppeld.");
        }

        var name = await db.ProcessingActivities.Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return Result.Invalid(nameof(AuditAreaRow.ActivityId), "Kies een verwerking uit het register.");
        }

        if (link is null)
        {
            db.AuditAreaLinks.Add(AuditAreaLink.Link(area, id, now, user.DisplayName));
        }
        else
        {
            link.Relink(id, now, user.DisplayName);
        }

        await db.SaveChangesAsync(ct);
        return Result.Ok($"De gebeurtenissen over {area.Label()} horen nu bij de verwerking \"{name}\".");
    }
}
