using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace PanteinExtra.Core.Data;

/// <summary>
/// The engine's step after an erasing transaction committed, so the erased values cannot be read from the database's
/// files either (ADR 074): SQLite moves the write-ahead log into the file and truncates it (the deleted content itself
/// was already zeroed by <c>secure_delete</c>, see <see cref="SqliteSecureDeleteInterceptor"/>); PostgreSQL vacuums the
/// touched tables, so the dead row versions are removed. Chosen with the engine (<c>AddPanteinCore</c>); called by the
/// data-subject erasure and by retention runs, never inside a transaction.
/// </summary>
public interface IErasedDataPurge
{
    /// <param name="tables">The tables the erasure changed or deleted rows in (<see cref="ErasedTables.Of"/>).</param>
    Task PurgeAsync(IReadOnlyCollection<string> tables, CancellationToken ct = default);
}

/// <summary>The tables an erasure touches, read from the change tracker just before it saves.</summary>
public static class ErasedTables
{
    /// <summary>
    /// Every table with a changed or deleted row in this context, and the members' search keys when a household or
    /// person is among them (the save derives and deletes those keys itself).
    /// </summary>
    public static IReadOnlySet<string> Of(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var tables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            if (TableOf(entry) is { } table)
            {
                tables.Add(table);
            }

            if (entry.Entity is Members.Household or Members.Person && db.Model.FindEntityType(typeof(Members.HouseholdSearchKey))?.GetTableName() is { } keys)
            {
                tables.Add(keys);
            }
        }

        return tables;
    }

    private static string? TableOf(EntityEntry entry) => entry.Metadata.GetTableName();
}
