namespace PanteinExtra.Core.Data;

/// <summary>
/// Data every installation needs (e.g. a retention policy per kind of record). Runs on every start, before any demo
/// data, and adds only what is missing.
/// </summary>
public interface IReferenceDataSeeder
{
    Task SeedAsync(PortalDbContext db, CancellationToken ct);
}

/// <summary>
/// First-run demo data (the <c>PanteinExtra.DemoData</c> project), only when <c>Database:SeedDemoData</c> is on.
/// Seeders run in <see cref="Order"/> and skip what is already there.
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    Task SeedAsync(PortalDbContext db, CancellationToken ct);
}
