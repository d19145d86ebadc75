using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Common;

/// <summary>
/// One row per kind of work that must run on one portal instance at a time (retention, the nightly log control).
/// Claimed by a conditional update, renewed while the work goes on, free again when released or expired (an instance
/// that died). Infrastructure, not personal data.
/// </summary>
[NotAudited]
public sealed class JobLease
{
    public const string RetentionWork = "retention";

    public const string NightlyLogControl = "logcontrol-nightly";

    public const int NameLength = 60;

    public const int HolderLength = 200;

    public required string Name { get; init; }

    public string? Holder { get; set; }

    /// <summary>The retention run the lease is held for, if any.</summary>
    public Guid? RunId { get; set; }

    public DateTime? ExpiresAtUtc { get; set; }
}

public sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(JobLease.NameLength);
        b.Property(l => l.Holder).HasMaxLength(JobLease.HolderLength);
        b.HasData(new JobLease { Name = JobLease.RetentionWork }, new JobLease { Name = JobLease.NightlyLogControl });
    }
}

/// <summary>
/// Claims and releases a <see cref="JobLease"/>: one conditional UPDATE claims the row only when it is free, expired or
/// already ours, so two instances (or two calls in one instance) can never both hold it. ExecuteUpdate is fine here.
/// </summary>
public sealed class JobLeaseStore(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Claims (or, for its holder, renews) the lease <paramref name="name"/> until now plus <paramref name="duration"/>.</summary>
    public async Task<bool> TryClaimAsync(string name, string holder, TimeSpan duration, Guid? runId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var claimed = await db.JobLeases
            .Where(l => l.Name == name && (l.Holder == null || l.Holder == holder || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, until).SetProperty(l => l.RunId, runId), ct);
        return claimed == 1;
    }

    public async Task ReleaseAsync(string name, string holder)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAtUtc, (DateTime?)null).SetProperty(l => l.RunId, (Guid?)null));
    }
}
