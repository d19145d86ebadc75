using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>The versions of an activity (who changed what, when) and a side-by-side comparison of two of them.</summary>
public sealed class RegisterHistoryService(IDbContextFactory<PortalDbContext> dbs, AccessGuard guard)
{
    public async Task<IReadOnlyList<VersionSummary>> ListVersionsAsync(Guid activityId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.View, RegisterAccess.Readers, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var versions = await db.ProcessingActivityVersions.AsNoTracking()
            .Where(v => v.ActivityId == activityId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.ChangedAtUtc, v.ChangedByName, v.Kind, v.ChangedFields })
            .ToListAsync(ct);
        if (versions.Count == 0)
        {
            throw new NotFoundException("Verwerking", activityId);
        }

        return versions
            .Select(v => new VersionSummary(v.Number, v.ChangedAtUtc, v.ChangedByName, v.Kind, ActivityVersioning.ParseFields(v.ChangedFields)))
            .ToList();
    }

    public async Task<ActivitySnapshot> GetVersionAsync(Guid activityId, int number, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.View, RegisterAccess.Readers, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var version = await FindAsync(db, activityId, number, ct);
        return ActivitySnapshot.FromJson(version.Snapshot);
    }

    /// <summary>Every register item of two versions side by side; <see cref="ComparisonRow.Changed"/> marks the differences.</summary>
    public async Task<VersionComparison> CompareAsync(Guid activityId, int left, int right, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.View, RegisterAccess.Readers, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var a = await FindAsync(db, activityId, left, ct);
        var b = await FindAsync(db, activityId, right, ct);
        var snapA = ActivitySnapshot.FromJson(a.Snapshot);
        var snapB = ActivitySnapshot.FromJson(b.Snapshot);
        var rows = RegisterFields.All.Select(f => new ComparisonRow(f, snapA.Display(f), snapB.Display(f))).ToList();
        return new VersionComparison(Summary(a), Summary(b), rows);
    }

    private static async Task<ProcessingActivityVersion> FindAsync(PortalDbContext db, Guid activityId, int number, CancellationToken ct) =>
        await db.ProcessingActivityVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.ActivityId == activityId && v.Number == number, ct)
        ?? throw new NotFoundException("Versie", number);

    private static VersionSummary Summary(ProcessingActivityVersion v) =>
        new(v.Number, v.ChangedAtUtc, v.ChangedByName, v.Kind, ActivityVersioning.ParseFields(v.ChangedFields));
}
