using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Consent;

/// <summary>Everything the household's consent panel shows: per person the state per purpose and the full history.</summary>
public sealed record HouseholdConsentOverview(
    Guid HouseholdId,
    string MemberNumber,
    bool MayDecide,
    IReadOnlyList<PersonConsents> Persons,
    IReadOnlyList<ActingContactPerson> ContactPersons,
    IReadOnlyList<PurposeSummary> Purposes);

public sealed record PersonConsents(
    Guid PersonId, string FullName, PersonRole Role, IReadOnlyList<ConsentStateView> States, IReadOnlyList<ConsentEventView> History);

public sealed record ConsentStateView(
    Guid PurposeId,
    string PurposeName,
    ConsentPurposeKind Kind,
    bool IsGiven,
    ConsentAction? LastAction,
    DateTime? SinceUtc,
    int? Version,
    int CurrentVersion,
    ConsentChannel? Channel)
{
    /// <summary>Given on an older wording than the one asked today (still valid: it keeps its version).</summary>
    public bool IsOnOlderWording => IsGiven && Version < CurrentVersion;

    /// <summary>"gegeven", "ingetrokken", or "niet gevraagd" when nothing was ever decided.</summary>
    public string StateLabel => LastAction?.Label() ?? "niet gevraagd";
}

public sealed record ConsentEventView(
    Guid Id,
    Guid PurposeId,
    string PurposeName,
    ConsentAction Action,
    DateTime OccurredAtUtc,
    ConsentChannel Channel,
    int Version,
    string RecordedByName,
    ConsentGivenBy GivenBy,
    string? ContactPersonName,
    string? Note);

/// <summary>A formal contact person, and whether they may give or withdraw consent for the household's members.</summary>
public sealed record ActingContactPerson(Guid Id, string Name, string Relation, bool MayDecideOnConsent)
{
    public static ActingContactPerson From(ContactPerson c) =>
        new(c.Id, c.Name, c.Relation, c.Permissions.HasFlag(ContactPersonPermissions.GiveOrWithdrawConsent));
}

public sealed record PurposeSummary(
    Guid Id, string Code, string Name, ConsentPurposeKind Kind, int CurrentVersion, string CurrentWording, bool IsActive);

/// <summary>One person's states at a past moment.</summary>
public sealed record PersonStatesAt(Guid PersonId, string FullName, IReadOnlyList<ConsentStateView> States);

/// <summary>A decision to record: give or withdraw consent for one person and purpose.</summary>
public sealed record ConsentDecisionInput : IValidatableObject
{
    public ConsentDecisionInput()
    {
    }

    public ConsentDecisionInput(
        Guid personId, Guid purposeId, ConsentChannel channel, ConsentGivenBy givenBy = ConsentGivenBy.Person,
        Guid? contactPersonId = null, string? note = null)
    {
        PersonId = personId;
        PurposeId = purposeId;
        Channel = channel;
        GivenBy = givenBy;
        ContactPersonId = contactPersonId;
        Note = note;
    }

    public Guid PersonId { get; set; }

    public Guid PurposeId { get; set; }

    [Display(Name = "Kanaal")]
    public ConsentChannel Channel { get; set; } = ConsentChannel.Phone;

    [Display(Name = "Wie beslist")]
    public ConsentGivenBy GivenBy { get; set; } = ConsentGivenBy.Person;

    /// <summary>The formal contact person who decides for the person, when <see cref="GivenBy"/> says so.</summary>
    [Display(Name = "Contactpersoon")]
    public Guid? ContactPersonId { get; set; }

    [Display(Name = "Notitie"), MaxText(ConsentLimits.Note)]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (GivenBy == ConsentGivenBy.ContactPerson && ContactPersonId is null)
        {
            yield return new ValidationResult("Kies de contactpersoon die namens het lid beslist.", [nameof(ContactPersonId)]);
        }
    }
}

/// <summary>The recorded event and what the decision changed elsewhere (a withdrawal's effects).</summary>
public sealed record ConsentDecisionOutcome(ConsentEvent Event, IReadOnlyList<WithdrawalConsequence> Consequences);
