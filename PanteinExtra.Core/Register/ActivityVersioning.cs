using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>The one way an activity changes: validated content in, the entity updated and a new version row added.</summary>
internal static class ActivityVersioning
{
    public static async Task<Dictionary<Guid, string>> ProcessorNamesAsync(PortalDbContext db, CancellationToken ct) =>
        await db.Processors.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);

    /// <summary>
    /// Applies <paramref name="content"/> (normalised and valid) to a tracked activity and adds the version row.
    /// Returns false when nothing changed (no new version).
    /// </summary>
    public static bool Apply(
        PortalDbContext db,
        ProcessingActivity activity,
        ActivityContent content,
        bool isNew,
        VersionChangeKind kind,
        IReadOnlyDictionary<Guid, string> processorNames,
        ICurrentUser user,
        DateTime nowUtc)
    {
        string Name(Guid id) => processorNames.TryGetValue(id, out var name) ? name : id.ToString();
        var changed = isNew
            ? RegisterFields.All
            : RegisterFields.Changed(activity.ToContent(), Name, content, Name);
        if (changed.Count == 0)
        {
            return false;
        }

        activity.Apply(content, nowUtc, user.DisplayName);
        var snapshot = new ActivitySnapshot(content, content.ProcessorIds.Distinct().ToDictionary(id => id, Name));
        db.ProcessingActivityVersions.Add(new ProcessingActivityVersion
        {
            ActivityId = activity.Id,
            Number = activity.Version,
            ChangedAtUtc = nowUtc,
            ChangedByUserId = user.UserId,
            ChangedByName = user.DisplayName,
            Kind = kind,
            ChangedFields = string.Join(",", changed),
            Snapshot = snapshot.ToJson(),
        });
        return true;
    }

    public static IReadOnlyList<RegisterField> ParseFields(string codes) =>
        codes.Split([',', '|'], StringSplitOptions.RemoveEmptyEntries)
            .Select(c => Enum.TryParse<RegisterField>(c, out var f) ? f : (RegisterField?)null)
            .OfType<RegisterField>()
            .ToList();

    public static string ConflictMessage(ProcessingActivity current, int basedOnVersion) =>
        $"Deze verwerking is intussen gewijzigd door {current.UpdatedByName} op " +
        $"{Dutch.Moment(current.UpdatedAtUtc)} (nu versie {current.Version}; u werkte op versie " +
        $"{basedOnVersion}). Uw wijzigingen zijn niet opgeslagen en staan nog in het formulier: open de nieuwe versie " +
        "in een ander tabblad en breng ze daarin opnieuw aan.";
}
