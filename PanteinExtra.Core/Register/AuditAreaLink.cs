using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>Which processing activity of the register the access-log events of one part of the portal belong to.</summary>
[Display(Name = "koppeling van de toegangslog aan het register")]
public sealed class AuditAreaLink
{
    public AuditArea Area { get; init; }

    public Guid ActivityId { get; private set; }

    public DateTime LinkedAtUtc { get; private set; }

    public string LinkedByName { get; private set; } = "";

    public static AuditAreaLink Link(AuditArea area, Guid activityId, DateTime nowUtc, string byName) => new()
    {
        Area = area,
        ActivityId = activityId,
        LinkedAtUtc = nowUtc,
        LinkedByName = byName,
    };

    public void Relink(Guid activityId, DateTime nowUtc, string byName)
    {
        ActivityId = activityId;
        LinkedAtUtc = nowUtc;
        LinkedByName = byName;
    }

    /// <summary>The activity and its current version for every linked area: read with each event (a handful of rows).</summary>
    public static async Task<IReadOnlyDictionary<AuditArea, ActivityReference>> CurrentAsync(PortalDbContext db, CancellationToken ct) =>
        await (
                from l in db.AuditAreaLinks.AsNoTracking()
                join a in db.ProcessingActivities.AsNoTracking() on l.ActivityId equals a.Id
                select new { l.Area, a.Id, a.Version })
            .ToDictionaryAsync(x => x.Area, x => new ActivityReference(x.Id, x.Version), ct);
}

/// <summary>One version of a processing activity, as an access-log event points at it.</summary>
public sealed record ActivityReference(Guid Id, int Version);

public sealed class AuditAreaLinkConfiguration : IEntityTypeConfiguration<AuditAreaLink>
{
    public void Configure(EntityTypeBuilder<AuditAreaLink> b)
    {
        b.HasKey(x => x.Area);
        b.Property(x => x.LinkedByName).HasMaxLength(UserLimits.UserName);
        b.HasOne<ProcessingActivity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}
