using Microsoft.EntityFrameworkCore;

namespace PanteinExtra.Core.Data;

/// <summary>
/// PostgreSQL: <c>VACUUM</c> of the touched tables. An UPDATE or DELETE leaves the old row version in the table (a dead
/// tuple, for transactions that may still see it); VACUUM removes the dead versions and their index entries so they
/// can no longer be read through the database and their space is reused. It does not reach WAL segments already
/// written, WAL archives or backups: those age out under the operations' retention (ADR 074). VACUUM cannot run inside
/// a transaction block, so this runs after the erasing transaction committed, on its own connection.
/// </summary>
public sealed class PostgresErasedDataPurge(IDbContextFactory<PortalDbContext> dbFactory) : IErasedDataPurge
{
    public async Task PurgeAsync(IReadOnlyCollection<string> tables, CancellationToken ct = default)
    {
        if (tables.Count == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Table names come from the EF model (never from input); quoted as identifiers.
        var list = string.Join(", ", tables.Order(StringComparer.Ordinal).Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
#pragma warning disable EF1002 // identifiers from the model, not user input
        await db.Database.ExecuteSqlRawAsync($"VACUUM {list};", ct);
#pragma warning restore EF1002
    }
}
