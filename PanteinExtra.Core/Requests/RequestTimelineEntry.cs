using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Requests;

public enum TimelineEntryKind
{
    [Display(Name = "geregistreerd")] Registered,
    [Display(Name = "identiteit gecontroleerd")] IdentityChecked,
    [Display(Name = "aanvullende gegevens gevraagd")] IdentityAsked,
    [Display(Name = "status gewijzigd")] StatusChanged,
    [Display(Name = "notitie")] Note,
    [Display(Name = "brief verstuurd")] LetterSent,
    [Display(Name = "kennisgeving verstuurd")] NotificationSent,
    [Display(Name = "besluit")] Decision,
}

/// <summary>One line of a request's timeline: a transition, an internal note, a letter or a notification. Never changed.</summary>
[Display(Name = "tijdlijnregel van een privacyverzoek")]
public sealed class RequestTimelineEntry : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RequestId { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PersonId { get; init; }

    public DateTime AtUtc { get; init; }

    public TimelineEntryKind Kind { get; init; }

    public RequestStatus? FromStatus { get; init; }

    public RequestStatus? ToStatus { get; init; }

    public required string ByName { get; init; }

    public string? Text { get; init; }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
