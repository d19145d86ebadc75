using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Consent;

/// <summary>
/// Something Pantein Extra asks consent for. Its wording is versioned: a new wording is a new
/// <see cref="ConsentPurposeVersion"/>; consents already given keep the version they were given on.
/// Rules change it through its methods; a save based on an older stamp is a concurrent edit.
/// </summary>
[Display(Name = "toestemmingsdoel")]
public sealed class ConsentPurpose : IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stable machine name, e.g. "doorverwijzing-delen"; used in consent receipts.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    public ConsentPurposeKind Kind { get; init; }

    /// <summary>A retired purpose is no longer asked; existing consents and their history stay.</summary>
    public bool IsActive { get; private set; } = true;

    public int CurrentVersion { get; private set; }

    /// <summary>
    /// The register's processing activity this consent is asked for; the consent receipt takes the storage locations,
    /// processors and transfers outside the EEA from it, so what the member is told is what the register says.
    /// </summary>
    public Guid? ActivityId { get; private set; }

    public DateTime CreatedAtUtc { get; init; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<ConsentPurposeVersion> Versions { get; init; } = [];

    /// <summary>The wording asked today (the versions must be loaded).</summary>
    public string CurrentWording => Versions.First(v => v.Version == CurrentVersion).Wording;

    /// <summary>Adds the next wording version; it applies to consents given from now on.</summary>
    public ConsentPurposeVersion AddWording(string wording, DateTime nowUtc, string createdByName)
    {
        CurrentVersion++;
        var version = new ConsentPurposeVersion
        {
            PurposeId = Id,
            Version = CurrentVersion,
            Wording = wording.Trim(),
            EffectiveFromUtc = nowUtc,
            CreatedByName = createdByName,
        };
        Versions.Add(version);
        return version;
    }

    /// <summary>Links the purpose to the register activity it is asked for, or (null) to none.</summary>
    public void LinkToActivity(Guid? activityId) => ActivityId = activityId;

    /// <summary>Stop asking for it; consents already given keep standing until they are withdrawn.</summary>
    public void Retire() => IsActive = false;

    /// <summary>Ask for it again, on the current wording.</summary>
    public void Reactivate() => IsActive = true;
}

/// <summary>One wording of a purpose, as read to or shown to the person. Never changed once written.</summary>
[Display(Name = "tekstversie van een toestemmingsdoel")]
public sealed class ConsentPurposeVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PurposeId { get; init; }

    public int Version { get; init; }

    public required string Wording { get; init; }

    public DateTime EffectiveFromUtc { get; init; }

    public required string CreatedByName { get; init; }
}
