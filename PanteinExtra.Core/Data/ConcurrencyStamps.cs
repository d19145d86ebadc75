using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Data;

/// <summary>An entity that changes its stamp on every save, so a save based on an older screen is detected.</summary>
public interface IConcurrencyStamped
{
    /// <summary>A concurrency token: EF refuses an UPDATE whose stamp no longer matches the row.</summary>
    Guid ConcurrencyStamp { get; set; }
}

public static class ConcurrencyStamps
{
    /// <summary>
    /// Saves the changes made to a freshly loaded, tracked entity, but only when it still carries the stamp the
    /// employee's screen was based on; a colleague's save in between (before loading or during the save) is a
    /// <see cref="Result.Conflict"/> and nothing is saved.
    /// </summary>
    public static async Task<Result> SaveUnlessChangedSinceAsync(
        this PortalDbContext db, IConcurrencyStamped entity, Guid basedOn, string savedMessage, CancellationToken ct)
    {
        if (db.Entry(entity).Property(nameof(IConcurrencyStamped.ConcurrencyStamp)).OriginalValue is not Guid loaded || loaded != basedOn)
        {
            return Result.Conflict();
        }

        db.ChangeTracker.DetectChanges();
        if (db.Entry(entity).State == EntityState.Unchanged)
        {
            return Result.Ok("Er was niets gewijzigd.");
        }

        entity.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok(savedMessage);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Conflict();
        }
    }
}
