using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Consent;

/// <summary>Everything the household's consent panel shows: per person the state per purpose and the full history.</summary>
public sealed record HouseholdConsentOverview(
    Guid HouseholdId,
    string MemberNumber,
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
public sealed record ActingContactPerson(Guid Id, string Name, string Relation, bool MayDecideOnConsent);

public sealed record PurposeSummary(
    Guid Id, string Code, string Name, ConsentPurposeKind Kind, int CurrentVersion, string CurrentWording, bool IsActive);

/// <summary>One person's states at a past moment.</summary>
public sealed record PersonStatesAt(Guid PersonId, string FullName, IReadOnlyList<ConsentStateView> States);

/// <summary>A decision to record: give or withdraw consent for one person and purpose.</summary>
public sealed record ConsentDecisionInput(
    Guid PersonId,
    Guid PurposeId,
    ConsentChannel Channel,
    ConsentGivenBy GivenBy = ConsentGivenBy.Person,
    Guid? ContactPersonId = null,
    string? Note = null);

/// <summary>The recorded event and what the decision changed elsewhere (a withdrawal's effects).</summary>
public sealed record ConsentDecisionOutcome(ConsentEvent Event, IReadOnlyList<WithdrawalConsequence> Consequences);
