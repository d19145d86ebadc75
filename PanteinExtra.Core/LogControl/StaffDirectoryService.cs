using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.LogControl;

/// <summary>One employee of the staff directory, as the FG edits it (the facts the own-surname/own-address rule uses).</summary>
public sealed class StaffDirectoryInput : IValidatableObject
{
    [Display(Name = "Gebruikers-id")]
    [Mandatory]
    [MaxText(LogControlLimits.UserId)]
    public string? UserId { get; set; }

    [Display(Name = "Naam")]
    [Mandatory]
    [MaxText(LogControlLimits.Name)]
    public string? Name { get; set; }

    [Display(Name = "Achternaam")]
    [Mandatory]
    [MaxText(LogControlLimits.Name)]
    public string? Surname { get; set; }

    [Display(Name = "Postcode")]
    [Postcode]
    public string? Postcode { get; set; }

    [Display(Name = "Huisnummer")]
    [HouseNumber]
    public int? HouseNumber { get; set; }

    [Display(Name = "Leidinggevende")]
    [MaxText(LogControlLimits.Name)]
    public string? ManagerName { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasPostcode = !string.IsNullOrWhiteSpace(Postcode);
        if (hasPostcode && HouseNumber is null)
        {
            yield return new ValidationResult("Vul bij de postcode ook het huisnummer in.", [nameof(HouseNumber)]);
        }

        if (!hasPostcode && HouseNumber is not null)
        {
            yield return new ValidationResult("Vul bij het huisnummer ook de postcode in.", [nameof(Postcode)]);
        }
    }
}

/// <summary>An employee in the FG's staff directory screen, with the confidentiality confirmation.</summary>
public sealed record StaffDirectoryRow(
    Guid Id, string UserId, string Name, string Surname, string? Postcode, int? HouseNumber, string? ManagerName, DateOnly? ConfidentialityConfirmedOn,
    bool ConfidentialityCurrent);

public static class StaffDirectoryEventTypes
{
    [Display(Name = "personeelsoverzicht ingezien")]
    public const string View = "StaffDirectory:View";

    [Display(Name = "personeelsoverzicht gewijzigd")]
    public const string Edit = "StaffDirectoryEntry:Update";
}

/// <summary>
/// The FG's staff directory: each employee's surname, postcode and house number, which the own-surname/own-address
/// rule compares with, and the date of their confidentiality confirmation. Only the FG reads and edits it; every read
/// and write is audited.
/// </summary>
public sealed class StaffDirectoryService(
    IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, IAuditLog audit, AuditContext auditContext, TimeProvider clock)
{
    public const string Purpose = "toezicht door de FG: personeelsoverzicht voor de logcontrole";

    private static readonly string[] Officers = [Roles.PrivacyOfficer];

    public async Task<IReadOnlyList<StaffDirectoryRow>> ListAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(StaffDirectoryEventTypes.View, AuditAction.View, Officers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = await db.StaffDirectory.AsNoTracking().OrderBy(s => s.Name).Take(1000).ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(StaffDirectoryEventTypes.View, AuditAction.View)
            {
                PurposeOfUse = Purpose,
                Details = new Dictionary<string, object?> { ["results"] = entries.Count },
            },
            ct);
        var today = DutchTime.Today(clock);
        return entries.Select(s => new StaffDirectoryRow(
                s.Id, s.UserId, s.Name, s.Surname, s.Postcode, s.HouseNumber, s.ManagerName, s.ConfidentialityConfirmedOn,
                ConfidentialityDuty.IsCurrent(s.ConfidentialityConfirmedOn, today)))
            .ToList();
    }

    /// <summary>Adds an employee (<paramref name="id"/> null) or corrects one; the user id of an existing employee stays.</summary>
    public async Task<Result> SaveAsync(Guid? id, StaffDirectoryInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(StaffDirectoryEventTypes.Edit, AuditAction.Update, Officers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var postcode = string.IsNullOrWhiteSpace(input.Postcode) ? null : DutchFormats.NormalisePostcode(input.Postcode);
        var houseNumber = postcode is null ? null : input.HouseNumber;
        var name = input.Name!.Trim();
        var surname = input.Surname!.Trim();
        var manager = string.IsNullOrWhiteSpace(input.ManagerName) ? null : input.ManagerName.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (id is { } existingId)
        {
            var entry = await db.StaffDirectory.FirstOrDefaultAsync(s => s.Id == existingId, ct);
            if (entry is null)
            {
                return Result.NotFound("Deze medewerker staat niet (meer) in het personeelsoverzicht.");
            }

            entry.CorrectFacts(name, surname, postcode, houseNumber, manager);
        }
        else
        {
            var userId = input.UserId!.Trim();
            if (await db.StaffDirectory.AnyAsync(s => s.UserId == userId, ct))
            {
                return Result.Invalid(nameof(StaffDirectoryInput.UserId), "Er staat al een medewerker met dit gebruikers-id in het personeelsoverzicht.");
            }

            db.StaffDirectory.Add(new StaffDirectoryEntry
            {
                UserId = userId,
                Name = name,
                Surname = surname,
                Postcode = postcode,
                HouseNumber = houseNumber,
                ManagerName = manager,
            });
        }

        using var purpose = auditContext.BeginPurpose(Purpose);
        await db.SaveChangesAsync(ct);
        return Result.Ok($"{name} is opgeslagen in het personeelsoverzicht.");
    }
}
