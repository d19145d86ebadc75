namespace PanteinExtra.Core.Data;

/// <summary>A feature's first-run demo data. Seeders run in <see cref="Order"/> and skip what is already there.</summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    Task SeedAsync(PortalDbContext db, CancellationToken ct);
}
