using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// One policy per registered record kind from its defaults (and a first history version), on every start and also
/// without demo data: a kind without a policy would never be cleaned up. Kinds added later get theirs on the next start.
/// </summary>
public sealed class RetentionDefaultPolicies(IEnumerable<IRetentionPolicySubject> kinds, TimeProvider clock) : IReferenceDataSeeder
{
    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        var existing = await db.RetentionPolicies.Select(p => p.RecordKind).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var kind in kinds.Where(k => !existing.Contains(k.Key)))
        {
            var d = kind.Defaults;
            var policy = new RetentionPolicy
            {
                RecordKind = kind.Key,
                Name = d.Name,
                PeriodMonths = d.PeriodMonths,
                Trigger = d.Trigger,
                Ground = d.Ground,
                Law = d.Law,
                StatutoryMinimumMonths = d.StatutoryMinimumMonths,
                Motivation = d.Motivation,
                Action = d.Action,
                UpdatedAtUtc = now,
                UpdatedBy = "Systeem (standaardbeleid)",
            };
            db.Add(policy);
            db.Add(policy.Snapshot(now, "systeem", "Systeem (standaardbeleid)", "Standaardbeleid bij eerste start"));
        }

        await db.SaveChangesAsync(ct);
    }
}
