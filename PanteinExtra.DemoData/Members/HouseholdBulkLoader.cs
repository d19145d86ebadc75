using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.DemoData.Members;

/// <summary>How <see cref="HouseholdBulkLoader"/> writes the households.</summary>
public enum HouseholdWriteMode
{
    /// <summary>
    /// Through <c>SaveChanges</c>: the search keys come from <see cref="MembersSaveChangesInterceptor"/> like for any
    /// other save and, with a context from the services' factory, every row is audited (the first-run demo data).
    /// About 300-400 households a second on SQLite here.
    /// </summary>
    SaveChanges,

    /// <summary>
    /// With prepared INSERTs (<see cref="BulkInserter"/>), search keys computed with the same
    /// <see cref="HouseholdSearchKeys"/> functions the interceptor uses; nothing is audited (the benchmark data,
    /// decision 013). About three times faster.
    /// </summary>
    PreparedInserts,
}

/// <summary>
/// Adds generated households in batches, one transaction and one context per batch (memory stays flat). The one
/// bulk loader for households: the first-run demo data and the benchmarks that need households (<c>generate</c>,
/// <c>retention</c>) use it, each with the write mode it needs.
/// </summary>
public static class HouseholdBulkLoader
{
    /// <summary>
    /// Writes the households <paramref name="firstIndex"/> .. <paramref name="firstIndex"/> + <paramref name="count"/> - 1
    /// of <paramref name="generator"/>; <paramref name="progress"/> gets the number written so far after each batch.
    /// </summary>
    public static async Task LoadAsync(
        Func<Task<PortalDbContext>> newContext,
        HouseholdGenerator generator,
        int firstIndex,
        int count,
        int batchSize,
        HouseholdWriteMode mode,
        Action<int>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        for (var done = 0; done < count; done += batchSize)
        {
            await using var db = await newContext();
            var size = Math.Min(batchSize, count - done);
            var households = Enumerable.Range(firstIndex + done, size).Select(generator.Create);
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                switch (mode)
                {
                    case HouseholdWriteMode.SaveChanges:
                        db.ChangeTracker.AutoDetectChangesEnabled = false;
                        db.Households.AddRange(households);
                        await db.SaveChangesAsync(ct);
                        break;
                    case HouseholdWriteMode.PreparedInserts:
                        var insert = new BulkInserter(db);
                        foreach (var household in households)
                        {
                            Insert(insert, household);
                        }

                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(mode), mode, null);
                }

                await tx.CommitAsync(ct);
            }

            progress?.Invoke(done + size);
        }
    }

    /// <summary>The household, its dependants and its search keys (from the same functions the interceptor uses).</summary>
    private static void Insert(BulkInserter insert, Household h)
    {
        insert.Insert(h);
        h.Persons.ForEach(insert.Insert);
        h.ContactPersons.ForEach(insert.Insert);
        h.Subscriptions.ForEach(insert.Insert);
        h.InsuranceDiscounts.ForEach(insert.Insert);
        h.Contributions.ForEach(insert.Insert);
        h.Feedback.ForEach(insert.Insert);
        h.CallNotes.ForEach(insert.Insert);
        foreach (var key in HouseholdSearchKeys.For(h))
        {
            insert.Insert(new HouseholdSearchKey { HouseholdId = h.Id, SourceId = h.Id, Key = key });
        }

        foreach (var person in h.Persons)
        {
            foreach (var key in HouseholdSearchKeys.For(person))
            {
                insert.Insert(new HouseholdSearchKey { HouseholdId = h.Id, SourceId = person.Id, Key = key });
            }
        }
    }
}
