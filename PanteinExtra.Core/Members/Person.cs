using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Members;

/// <summary>Someone living in the household: the main member or a housemate.</summary>
public sealed class Person : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public PersonRole Role { get; set; }

    public string? Initials { get; set; }

    public required string FirstName { get; set; }

    /// <summary>Tussenvoegsel, e.g. "van der" in "Jan van der Berg".</summary>
    public string? Infix { get; set; }

    public required string LastName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public string FullName => string.Join(' ', new[] { FirstName, Infix, LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => Id;
}
