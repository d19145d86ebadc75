using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing;

/// <summary>The last link of the hash chain: the next event gets <c>Sequence + 1</c> and points at <c>Hash</c>.</summary>
public readonly record struct AuditChainTip(long Sequence, string? Hash)
{
    public static readonly AuditChainTip Empty = new(0, null);
}

/// <summary>
/// Hashing and appending. Appends are serialised: SQLite transactions begin IMMEDIATE (one writer at a time);
/// PostgreSQL takes a transaction-scoped advisory lock, so several portal instances cannot fork the chain.
/// </summary>
public static class AuditChain
{
    private const long PostgresAdvisoryLockKey = 7513_0001;

    /// <summary>Takes the chain lock for the current transaction and reads the tip. Call inside a transaction.</summary>
    public static async Task<AuditChainTip> LockAndReadTipAsync(PortalDbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit events are appended inside a transaction.");
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresAdvisoryLockKey})", ct);
        }

        var tip = await db.AuditEvents
            .AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        return tip is null ? AuditChainTip.Empty : new AuditChainTip(tip.Sequence, tip.Hash);
    }

    /// <summary>Events written before the chain was keyed: plain SHA-256 (anyone can recompute it).</summary>
    public const int LegacyHashVersion = 1;

    /// <summary>HMAC-SHA256 with the chain key, over every field including the register activity.</summary>
    public const int KeyedHashVersion = 2;

    /// <summary>The hash of an event in its own <see cref="AuditEvent.HashVersion"/>.</summary>
    public static string ComputeHash(AuditEvent e, string? previousHash, Chain.AuditChainKey key) =>
        e.HashVersion == LegacyHashVersion ? ComputeLegacyHash(e, previousHash) : ComputeKeyedHash(e, previousHash, key);

    /// <summary>HMAC-SHA256 over every field of the event and the previous hash, as lowercase hex.</summary>
    public static string ComputeKeyedHash(AuditEvent e, string? previousHash, Chain.AuditChainKey key)
    {
        object?[] canonical =
        [
            e.HashVersion, e.Sequence, e.Id, Utc(e.StartedAtUtc), Utc(e.EndedAtUtc), e.DurationMs, e.EventType,
            e.Action.ToString(), e.Outcome.ToString(), e.UserId, e.UserName, e.UserRole, e.Machine, e.TraceId,
            e.PurposeOfUse, e.TargetType, e.TargetId, e.SubjectHouseholdId, e.SubjectPersonId, e.Details,
            e.ProcessingActivityId, e.ProcessingActivityVersion, previousHash,
        ];
        return key.Mac(JsonSerializer.SerializeToUtf8Bytes(canonical));
    }

    /// <summary>SHA-256 over every field of the event and the previous hash, as lowercase hex (hash version 1).</summary>
    public static string ComputeLegacyHash(AuditEvent e, string? previousHash)
    {
        object?[] canonical =
        [
            e.Sequence, e.Id, Utc(e.StartedAtUtc), Utc(e.EndedAtUtc), e.DurationMs, e.EventType,
            e.Action.ToString(), e.Outcome.ToString(), e.UserId, e.UserName, e.UserRole, e.Machine, e.TraceId,
            e.PurposeOfUse, e.TargetType, e.TargetId, e.SubjectHouseholdId, e.SubjectPersonId, e.Details,
            previousHash,
        ];
        var bytes = JsonSerializer.SerializeToUtf8Bytes(canonical);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>PostgreSQL keeps microseconds; truncating before hashing keeps the hash stable on both engines.</summary>
    public static DateTime TruncateToMicroseconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    private static string Utc(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
