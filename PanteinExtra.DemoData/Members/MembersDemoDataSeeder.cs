using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.DemoData.Members;

/// <summary>
/// First run: about 2,000 demo households, written in batches through the audited context (so the access log
/// shows where they came from). Skipped when any household exists.
/// </summary>
public sealed class MembersDemoDataSeeder(IServiceProvider services, TimeProvider clock) : IDemoDataSeeder
{
    public const int DemoHouseholds = 2_000;
    public const int DemoSeed = 20_260_301;
    private const int BatchSize = 500;

    public int Order => 10;

    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        if (await db.Households.AnyAsync(ct))
        {
            return;
        }

        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var generator = new HouseholdGenerator(DemoSeed, clock);
        await HouseholdBulkLoader.LoadAsync(() => factory.CreateDbContextAsync(ct), generator, 0, DemoHouseholds, BatchSize, HouseholdWriteMode.SaveChanges, ct: ct);
    }
}
