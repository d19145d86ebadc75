using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Register;

/// <summary>
/// The register's retention text for an activity linked to a retention policy is that policy's
/// <see cref="RetentionPolicy.Summary"/>, on the screen, in the export and on the print sheet, so the register, the
/// policies and the documents built on them cannot disagree. An activity without a linked policy keeps its own text.
/// </summary>
public static class RegisterRetention
{
    /// <summary>Every policy an activity can link to, by id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, RetentionPolicy>> PoliciesAsync(PortalDbContext db, CancellationToken ct) =>
        await db.RetentionPolicies.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);

    /// <summary>The content as the register shows it: the retention text of the linked policy, where there is one.</summary>
    public static ActivityContent AsShown(ActivityContent content, IReadOnlyDictionary<Guid, RetentionPolicy> policies) =>
        content.RetentionPolicyId is { } id && policies.TryGetValue(id, out var policy)
            ? content with { RetentionPeriod = policy.Summary }
            : content;
}
