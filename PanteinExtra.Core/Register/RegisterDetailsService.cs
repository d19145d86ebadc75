using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>The register's heading, kept once: the controller and the FG with their contact details (Art. 30(1)(a)).</summary>
public sealed class RegisterDetailsService(IDbContextFactory<PortalDbContext> dbs, AccessGuard guard)
{
    private const string ConflictText =
        "De gegevens zijn intussen door iemand anders gewijzigd. Uw invoer staat nog in het formulier; herlaad de pagina om de nieuwe stand te zien.";

    public async Task<RegisterDetailsView> GetDetailsAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.View, RegisterAccess.Readers, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await LoadAsync(db, ct);
    }

    public async Task<FormResult> UpdateDetailsAsync(RegisterDetailsInput input, Guid basedOnStamp, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Edit, AuditAction.Update, RegisterAccess.Editors, ct);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.ControllerName))
        {
            errors[nameof(input.ControllerName)] = "Vul de naam van de verwerkingsverantwoordelijke in.";
        }

        if (string.IsNullOrWhiteSpace(input.OfficerName))
        {
            errors[nameof(input.OfficerName)] = "Vul de naam van de functionaris gegevensbescherming in.";
        }

        if (string.IsNullOrWhiteSpace(input.OfficerEmail) && string.IsNullOrWhiteSpace(input.OfficerPhone))
        {
            errors[nameof(input.OfficerEmail)] = "Geef ten minste een e-mailadres of telefoonnummer van de FG.";
        }

        if (errors.Count > 0)
        {
            return FormResult.Invalid(errors);
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var details = await db.RegisterDetails.FirstOrDefaultAsync(ct);
        if (details is null)
        {
            details = new RegisterDetails();
            db.Add(details);
        }
        else if (details.ConcurrencyStamp != basedOnStamp)
        {
            return FormResult.Conflicted(ConflictText);
        }

        details.ControllerName = input.ControllerName.Trim();
        details.ControllerAddress = Trim(input.ControllerAddress);
        details.ControllerEmail = Trim(input.ControllerEmail);
        details.ControllerPhone = Trim(input.ControllerPhone);
        details.OfficerName = input.OfficerName.Trim();
        details.OfficerEmail = Trim(input.OfficerEmail);
        details.OfficerPhone = Trim(input.OfficerPhone);
        details.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FormResult.Conflicted(ConflictText);
        }

        return FormResult.Saved(details.Id);
    }

    internal static async Task<RegisterDetailsView> LoadAsync(PortalDbContext db, CancellationToken ct)
    {
        var d = await db.RegisterDetails.AsNoTracking().FirstOrDefaultAsync(ct);
        return d is null
            ? new RegisterDetailsView(new RegisterDetailsInput(), Guid.Empty)
            : new RegisterDetailsView(
                new RegisterDetailsInput
                {
                    ControllerName = d.ControllerName,
                    ControllerAddress = d.ControllerAddress,
                    ControllerEmail = d.ControllerEmail,
                    ControllerPhone = d.ControllerPhone,
                    OfficerName = d.OfficerName,
                    OfficerEmail = d.OfficerEmail,
                    OfficerPhone = d.OfficerPhone,
                },
                d.ConcurrencyStamp);
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
