using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Data;

/// <summary>
/// The guarantee behind <see cref="InputRules"/>: whatever path a text takes to the database (a form, an import, a
/// seeder, a future feature that forgets to check), the characters no text may hold (<see cref="TextCharacters"/>:
/// C0 controls other than tab and line breaks, bidirectional overrides) are removed from every text property of an
/// added or changed entity before it is saved. The audit log is left as written (its rows are hashed, and it holds no
/// typed text), and so are data-protection keys. Registered on every <see cref="PortalDbContext"/> (in OnConfiguring),
/// before <c>MembersSaveChangesInterceptor</c>, so search keys are built from the cleaned text.
/// Not covered: <c>ExecuteUpdate</c> and raw SQL, which bypass SaveChanges.
/// </summary>
public sealed class TextSanitisingSaveChangesInterceptor : SaveChangesInterceptor
{
    public static readonly TextSanitisingSaveChangesInterceptor Instance = new();

    private TextSanitisingSaveChangesInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            Clean(db);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            Clean(db);
        }

        return ValueTask.FromResult(result);
    }

    private static void Clean(DbContext db)
    {
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || entry.Entity is AuditEvent or DataProtectionKey)
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.Metadata.ClrType != typeof(string)
                    || (entry.State == EntityState.Modified && !property.IsModified)
                    || property.CurrentValue is not string text)
                {
                    continue;
                }

                var cleaned = TextCharacters.Clean(text);
                if (!ReferenceEquals(cleaned, text))
                {
                    property.CurrentValue = cleaned;
                }
            }
        }
    }
}
