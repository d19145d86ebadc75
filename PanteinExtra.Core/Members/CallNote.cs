using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Members;

/// <summary>A short note of a call with (or about) the household.</summary>
[Display(Name = "gespreksnotitie")]
public sealed class CallNote : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public required string AuthorUserId { get; init; }

    public required string AuthorName { get; init; }

    /// <summary>Who called, as recorded by the caller check (e.g. "lid zelf, geverifieerd").</summary>
    public string? Caller { get; init; }

    public required string Text { get; set; }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => null;
}
