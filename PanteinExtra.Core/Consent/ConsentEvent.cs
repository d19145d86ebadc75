using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Consent;

/// <summary>
/// One event of a person's consent record for one purpose: consent given or withdrawn. Append-only (the database
/// refuses updates); the current state and the state at any past moment are derived from these events.
/// </summary>
[Display(Name = "beslissing over toestemming")]
public sealed class ConsentEvent : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public Guid PersonId { get; init; }

    public Guid PurposeId { get; init; }

    /// <summary>The wording the decision was made on.</summary>
    public Guid PurposeVersionId { get; init; }

    public int PurposeVersion { get; init; }

    /// <summary>
    /// 1, 2, 3 ... per person and purpose: the order of the decisions, unique in the database, so two agents
    /// recording at the same moment cannot both write on the same earlier state.
    /// </summary>
    public int Sequence { get; init; }

    public ConsentAction Action { get; init; }

    public DateTime OccurredAtUtc { get; init; }

    public ConsentChannel Channel { get; init; }

    public required string RecordedByUserId { get; init; }

    public required string RecordedByName { get; init; }

    public ConsentGivenBy GivenBy { get; init; }

    /// <summary>The formal contact person who acted for the person, when <see cref="GivenBy"/> says so.</summary>
    public Guid? ContactPersonId { get; init; }

    /// <summary>Name and relation of that contact person at the time: the proof must outlive a later change.</summary>
    public string? ContactPersonName { get; init; }

    public string? Note { get; init; }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
