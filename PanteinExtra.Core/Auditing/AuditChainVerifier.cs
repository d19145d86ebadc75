using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing;

public sealed record AuditChainVerification(bool IsIntact, long EventsChecked, long? BrokenAtSequence, Guid? BrokenEventId, string? Problem);

/// <summary>Walks the chain in sequence order and reports the first event whose link or contents do not check out.</summary>
public sealed class AuditChainVerifier(IDbContextFactory<PortalDbContext> dbFactory)
{
    private const int BatchSize = 5_000;

    public async Task<AuditChainVerification> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        long expected = 1;
        string? previousHash = null;
        while (true)
        {
            var batch = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Sequence >= expected)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return new AuditChainVerification(true, expected - 1, null, null, null);
            }

            foreach (var e in batch)
            {
                var problem =
                    e.Sequence != expected ? $"Gebeurtenis {expected} ontbreekt; de keten gaat verder bij {e.Sequence}."
                    : e.PreviousHash != previousHash ? "De verwijzing naar de vorige gebeurtenis klopt niet."
                    : AuditChain.ComputeHash(e, previousHash) != e.Hash ? "De inhoud van de gebeurtenis is gewijzigd."
                    : null;
                if (problem is not null)
                {
                    return new AuditChainVerification(false, expected - 1, expected, e.Id, problem);
                }

                previousHash = e.Hash;
                expected++;
            }
        }
    }
}
