using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Breaches;

/// <summary>One step of a breach's history with the file as it stood after it. Append-only (a trigger refuses UPDATE).</summary>
[Display(Name = "versie van een datalek")]
public sealed class BreachVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BreachId { get; init; }

    public int Version { get; init; }

    public DateTime AtUtc { get; init; }

    public BreachStep Step { get; init; }

    public BreachStatus Status { get; init; }

    public required string ByUserId { get; init; }

    public required string ByName { get; init; }

    public string? Note { get; init; }

    /// <summary>The <see cref="BreachFile"/> as JSON, as it stood after this step.</summary>
    public required string Snapshot { get; init; }
}

/// <summary>A household (and, when known, the person) whose data the breach concerns.</summary>
[Display(Name = "betrokkene bij een datalek")]
public sealed class BreachAffected : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BreachId { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid? PersonId { get; init; }

    public AffectedSource Source { get; init; }

    /// <summary>From the access log: how many times the employee viewed this household or person in the period.</summary>
    public int? Views { get; init; }

    public DateTime AddedAtUtc { get; init; }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}

/// <summary>A measure taken or planned, with the one responsible and its due date.</summary>
[Display(Name = "maatregel bij een datalek")]
public sealed class BreachMeasure
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BreachId { get; init; }

    public required string Description { get; init; }

    public required string Owner { get; init; }

    public DateOnly DueOn { get; init; }

    public DateOnly? DoneOn { get; private set; }

    public DateTime RecordedAtUtc { get; init; }

    public void MarkDone(DateOnly today) => DoneOn ??= today;
}

/// <summary>
/// A letter to an affected member (Art. 34): drafted from the file, editable while a draft, then marked sent and
/// kept exactly as sent.
/// </summary>
[Display(Name = "brief aan een lid over een datalek")]
public sealed class BreachLetter : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BreachId { get; init; }

    public Guid HouseholdId { get; init; }

    public required string AddressedTo { get; init; }

    public string Text { get; private set; } = "";

    public DateOnly? SentOn { get; private set; }

    public string? SentByName { get; private set; }

    public DateTime DraftedAtUtc { get; init; }

    public bool IsSent => SentOn is not null;

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => null;

    public static BreachLetter Draft(Guid breachId, Guid householdId, string addressedTo, string text, DateTime nowUtc) => new()
    {
        BreachId = breachId,
        HouseholdId = householdId,
        AddressedTo = addressedTo,
        Text = text,
        DraftedAtUtc = nowUtc,
    };

    public string? Edit(string text)
    {
        if (IsSent)
        {
            return "Een verstuurde brief blijft zoals hij is verstuurd.";
        }

        Text = text;
        return null;
    }

    public string? MarkSent(DateOnly today, string byName)
    {
        if (IsSent)
        {
            return "Deze brief is al als verstuurd gemarkeerd.";
        }

        SentOn = today;
        SentByName = byName;
        return null;
    }
}
