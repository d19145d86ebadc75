using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing.Chain;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing;

public sealed record AuditChainVerification(bool IsIntact, long EventsChecked, long? BrokenAtSequence, Guid? BrokenEventId, string? Problem);

/// <summary>How far a check has come, for a progress bar.</summary>
public readonly record struct AuditChainProgress(long Checked, long Total);

/// <summary>
/// Walks the chain in sequence order and reports the first event whose link or keyed hash does not check out, then
/// holds the chain against the checkpoints outside the database: a checkpointed head that no longer matches means
/// the chain was rewritten, one beyond the last event means events were removed from the end.
/// </summary>
public sealed class AuditChainVerifier(IDbContextFactory<PortalDbContext> dbFactory, AuditChainKey key, CheckpointFiles files)
{
    private const int BatchSize = 10_000;

    public async Task<AuditChainVerification> VerifyAsync(IProgress<AuditChainProgress>? progress = null, CancellationToken ct = default)
    {
        var (checkpoints, forged) = files.ReadAll();
        if (forged.Count > 0)
        {
            return Broken(0, null, null, $"Het controlepunt {forged[0]} is niet met de sleutel van de keten verzegeld.");
        }

        var anchors = checkpoints.GroupBy(c => c.Sequence).ToDictionary(g => g.Key, g => g.First());
        var keyedFrom = checkpoints.Count == 0 ? long.MaxValue : checkpoints.Min(c => c.KeyedFromSequence);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var first = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.PreviousHash }).FirstOrDefaultAsync(ct);
        var last = await db.AuditEvents.AsNoTracking().MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        var total = first is null ? 0 : last - first.Sequence + 1;

        long expected = 1;
        string? previousHash = null;
        if (first is { Sequence: > 1 })
        {
            // The log was pruned: what remains must start right after a checkpoint.
            if (!anchors.TryGetValue(first.Sequence - 1, out var anchor) || anchor.Hash != first.PreviousHash)
            {
                if (await db.AuditLogPrunes.AsNoTracking().Where(p => p.FromSequence < first.Sequence && first.Sequence <= p.UpToSequence)
                    .Select(p => (long?)p.UpToSequence).FirstOrDefaultAsync(ct) is { } unfinishedUpTo)
                {
                    return Broken(0, first.Sequence, null,
                        $"Het inkorten van het log tot gebeurtenis {unfinishedUpTo} is niet afgemaakt; start het inkorten opnieuw om het af te maken.");
                }

                return Broken(0, first.Sequence, null, $"Het begin van het log ontbreekt: het begint bij gebeurtenis {first.Sequence} zonder controlepunt ervoor.");
            }

            expected = first.Sequence;
            previousHash = anchor.Hash;
        }

        var start = expected;
        var seenKeyed = false;
        while (true)
        {
            var batch = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Sequence >= expected)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var e in batch)
            {
                seenKeyed |= e.HashVersion == AuditChain.KeyedHashVersion;
                var problem =
                    e.Sequence != expected ? $"Gebeurtenis {expected} ontbreekt; de keten gaat verder bij {e.Sequence}."
                    : e.PreviousHash != previousHash ? "De verwijzing naar de vorige gebeurtenis klopt niet."
                    : e.HashVersion == AuditChain.LegacyHashVersion && (seenKeyed || e.Sequence >= keyedFrom)
                        ? "De gebeurtenis draagt een controlegetal zonder sleutel waar de keten al met de sleutel werd beveiligd."
                    : AuditChain.ComputeHash(e, previousHash, key) != e.Hash
                        ? "De inhoud van de gebeurtenis is gewijzigd, of de keten is zonder de sleutel herberekend."
                    : anchors.TryGetValue(e.Sequence, out var anchor) && anchor.Hash != e.Hash
                        ? $"De keten wijkt af van het controlepunt van {Common.Dutch.Moment(anchor.CreatedAtUtc)}: hij is herschreven."
                    : null;
                if (problem is not null)
                {
                    return Broken(expected - start, expected, e.Id, problem);
                }

                previousHash = e.Hash;
                expected++;
            }

            progress?.Report(new AuditChainProgress(expected - start, total));
        }

        var lastEvent = expected - 1;
        if (checkpoints.Count > 0 && checkpoints[^1] is { } head && head.Sequence > lastEvent)
        {
            return Broken(
                lastEvent - start + 1,
                lastEvent + 1,
                null,
                $"Gebeurtenissen aan het eind ontbreken: het controlepunt van {Common.Dutch.Moment(head.CreatedAtUtc)} reikt tot gebeurtenis {head.Sequence}, het log eindigt bij {lastEvent}.");
        }

        return new AuditChainVerification(true, lastEvent - start + 1, null, null, null);
    }

    private static AuditChainVerification Broken(long checkedCount, long? at, Guid? id, string problem) =>
        new(false, checkedCount, at, id, problem);
}
