using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.DemoData.Members;

/// <summary>
/// Adds generated households in batches, one transaction and one context per batch (memory stays flat).
/// Search keys come from <see cref="MembersSaveChangesInterceptor"/> like for any other save, and the contexts from
/// the services' factory carry the audit interceptor, so every row is audited. (The benchmark generator writes its
/// much larger data with prepared inserts instead; decision 013.)
/// </summary>
public static class HouseholdBulkLoader
{
    public static async Task LoadAsync(
        Func<Task<PortalDbContext>> newContext,
        HouseholdGenerator generator,
        int firstIndex,
        int count,
        int batchSize,
        Action<int>? progress = null,
        CancellationToken ct = default)
    {
        for (var done = 0; done < count; done += batchSize)
        {
            await using var db = await newContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var size = Math.Min(batchSize, count - done);
            for (var i = 0; i < size; i++)
            {
                db.Households.Add(generator.Create(firstIndex + done + i));
            }

            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }

            progress?.Invoke(done + size);
        }
    }
}
