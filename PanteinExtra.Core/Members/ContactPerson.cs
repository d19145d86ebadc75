using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Members;

/// <summary>A formal contact person who may call or act on the household's behalf (a child, a guardian, a mentor).</summary>
[Display(Name = "contactpersoon")]
public sealed class ContactPerson : IAuditedEntity, Data.IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public required string Name { get; set; }

    /// <summary>E.g. "dochter", "zoon", "bewindvoerder", "mentor".</summary>
    public required string Relation { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public ContactPersonPermissions Permissions { get; set; } = ContactPersonPermissions.ReceiveInformation;

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => null;
}
