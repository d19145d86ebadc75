using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Keeps the derived member data right on every save, whoever saves (a desk edit, a retention run that anonymises,
/// an erasure, the demo seeder): rebuilds the search keys of each added or changed household and person, removes
/// those of deleted ones, and renews the concurrency stamp of a changed household or person whose stamp the
/// caller did not renew, so a concurrent edit based on the old data is refused.
/// Registered on every <see cref="Data.PortalDbContext"/> (in OnConfiguring), so no context can skip it.
/// </summary>
public sealed class MembersSaveChangesInterceptor : SaveChangesInterceptor
{
    public static readonly MembersSaveChangesInterceptor Instance = new();

    private MembersSaveChangesInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext db && Collect(db) is { Count: > 0 } sources)
        {
            var stale = sources.Any(s => s.State != EntityState.Added) ? LoadExisting(db, sources).ToList() : [];
            Apply(db, sources, stale);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db && Collect(db) is { Count: > 0 } sources)
        {
            var stale = sources.Any(s => s.State != EntityState.Added) ? await LoadExisting(db, sources).ToListAsync(cancellationToken) : [];
            Apply(db, sources, stale);
        }

        return result;
    }

    private static List<KeySource> Collect(DbContext db)
    {
        // Bulk loaders switch detection off; they only add rows, whose states are known without it.
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var sources = new List<KeySource>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Household h:
                    RenewStamp(entry, nameof(Household.ConcurrencyStamp));
                    sources.Add(new KeySource(h.Id, h.Id, entry.State, () => HouseholdSearchKeys.For(h)));
                    break;
                case Person p:
                    RenewStamp(entry, nameof(Person.ConcurrencyStamp));
                    sources.Add(new KeySource(p.Id, p.HouseholdId, entry.State, () => HouseholdSearchKeys.For(p)));
                    break;
            }
        }

        return sources;
    }

    private static void RenewStamp(EntityEntry entry, string property)
    {
        var stamp = entry.Property(property);
        if (entry.State == EntityState.Modified && !stamp.IsModified)
        {
            stamp.CurrentValue = Guid.NewGuid();
        }
    }

    private static IQueryable<HouseholdSearchKey> LoadExisting(PortalDbContext db, List<KeySource> sources)
    {
        var ids = sources.Where(s => s.State != EntityState.Added).Select(s => s.SourceId).ToList();
        return db.HouseholdSearchKeys.Where(k => ids.Contains(k.SourceId));
    }

    private static void Apply(PortalDbContext db, List<KeySource> sources, List<HouseholdSearchKey> existing)
    {
        var bySource = existing.ToLookup(k => k.SourceId);
        var keys = db.HouseholdSearchKeys;
        foreach (var source in sources)
        {
            var wanted = source.State == EntityState.Deleted ? [] : source.Keys().ToHashSet(StringComparer.Ordinal);
            foreach (var old in bySource[source.SourceId])
            {
                if (!wanted.Remove(old.Key))
                {
                    keys.Remove(old);
                }
            }

            // A deleted household takes its keys along through the cascade; the rest are added here.
            foreach (var key in wanted)
            {
                keys.Add(new HouseholdSearchKey { HouseholdId = source.HouseholdId, SourceId = source.SourceId, Key = key });
            }
        }
    }

    private sealed record KeySource(Guid SourceId, Guid HouseholdId, EntityState State, Func<IEnumerable<string>> Keys);
}
