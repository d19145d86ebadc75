using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PanteinExtra.Core.Data;

/// <summary>
/// SQLite: <c>PRAGMA wal_checkpoint(TRUNCATE)</c>. The write-ahead log still holds the page images from before the
/// erasure; the checkpoint writes the current (zeroed) pages into the file and truncates the log to zero bytes. It
/// needs a moment without readers: a busy checkpoint is retried a few times and, if readers keep it busy, logged as a
/// warning (SQLite's automatic checkpoint and the next erasure then finish the job).
/// </summary>
public sealed class SqliteErasedDataPurge(IDbContextFactory<PortalDbContext> dbFactory, ILogger<SqliteErasedDataPurge> logger) : IErasedDataPurge
{
    private const int Attempts = 10;

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    public async Task PurgeAsync(IReadOnlyCollection<string> tables, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, ct);
                // One row: busy (1 when readers or writers kept it from finishing), frames in the log, frames checkpointed.
                var busy = await reader.ReadAsync(ct) && reader.GetInt64(0) != 0;
                if (!busy)
                {
                    return;
                }

                await Task.Delay(Pause, ct);
            }

            logger.LogWarning("The write-ahead log could not be truncated after an erasure: readers kept the checkpoint busy");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
