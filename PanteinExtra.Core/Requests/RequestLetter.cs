using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Requests;

/// <summary>A letter to the member as it was sent (the FG may edit the drafted text before sending).</summary>
[Display(Name = "brief aan de betrokkene")]
public sealed class RequestLetter : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RequestId { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PersonId { get; init; }

    public LetterKind Kind { get; init; }

    public required string Text { get; init; }

    public DateOnly SentOn { get; init; }

    public required string SentByName { get; init; }

    /// <summary>
    /// The letter as it was sent, rendered to an A4 PDF when it was recorded; null for letters recorded before the PDF
    /// was kept (no copy is made up for those afterwards).
    /// </summary>
    public byte[]? Pdf { get; set; }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
