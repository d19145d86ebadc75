using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>The register's heading, kept once: the controller, joint controllers, the representative and the FG with their contact details (Art. 30(1)(a)).</summary>
public sealed class RegisterDetailsService(IDbContextFactory<PortalDbContext> dbs, AccessGuard guard)
{
    private const string Saved = "Gegevens opgeslagen.";

    public async Task<RegisterDetailsView> GetDetailsAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.View, RegisterAccess.Readers, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await LoadAsync(db, ct);
    }

    /// <summary>Saves the heading; a save based on an older stamp than the one stored is a conflict.</summary>
    public async Task<Result> UpdateDetailsAsync(RegisterDetailsInput input, Guid basedOnStamp, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Edit, AuditAction.Update, RegisterAccess.Editors, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var details = await db.RegisterDetails.FirstOrDefaultAsync(ct);
        var isNew = details is null;
        details ??= db.RegisterDetails.Add(new RegisterDetails()).Entity;
        details.NameController(input.ControllerName, input.ControllerAddress, input.ControllerEmail, input.ControllerPhone);
        details.NameJointControllersAndRepresentative(input.JointControllers, input.Representative);
        details.NameOfficer(input.OfficerName, input.OfficerEmail, input.OfficerPhone);
        if (isNew)
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok(Saved);
        }

        return await db.SaveUnlessChangedSinceAsync(details, basedOnStamp, Saved, ct);
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
                    JointControllers = d.JointControllers,
                    Representative = d.Representative,
                    OfficerName = d.OfficerName,
                    OfficerEmail = d.OfficerEmail,
                    OfficerPhone = d.OfficerPhone,
                },
                d.ConcurrencyStamp);
    }
}
