using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.LogControl;

/// <summary>Where the current employee stands with the duty of confidentiality.</summary>
/// <param name="InDirectory">The FG has the employee in the staff directory (only then can they confirm).</param>
public sealed record ConfidentialityStatus(bool InDirectory, DateOnly? ConfirmedOn, bool IsCurrent)
{
    /// <summary>The day the confirmation runs out (a year after it was given).</summary>
    public DateOnly? RenewBy => ConfirmedOn?.AddYears(1);
}

public static class ConfidentialityEventTypes
{
    [Display(Name = "geheimhoudingsplicht bevestigd")]
    public const string Confirm = "Confidentiality:Confirm";
}

/// <summary>
/// The duty of confidentiality (geheimhoudingsplicht): every employee confirms it on first sign-in and again every
/// year; the date is kept in the staff directory. <see cref="ConfidentialityGuard"/> and <see cref="HouseholdAccess"/>
/// refuse personal data without a current confirmation.
/// </summary>
public sealed class ConfidentialityService(
    IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, IAuditLog audit, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The duty as the employee confirms it (Dutch, shown on the confirmation page).</summary>
    public static readonly IReadOnlyList<string> DutyText =
    [
        "Als medewerker van Pantein Extra krijgt u toegang tot persoonsgegevens van leden, hun huisgenoten en contactpersonen. "
            + "U bent verplicht tot geheimhouding van alles wat u daarbij te weten komt, tijdens en na uw dienstverband.",
        "U bekijkt en gebruikt gegevens alleen als dat nodig is voor uw werk: voor het gesprek dat u voert of het verzoek dat u behandelt. "
            + "U zoekt geen gegevens op van uzelf, familie, buren, bekenden, collega's of bekende personen zonder zakelijke reden.",
        "U deelt gegevens alleen met wie daar recht op heeft, na de controle van de beller. U kopieert of downloadt geen gegevens buiten wat uw taak vraagt.",
        "Elke toegang wordt vastgelegd en door de Functionaris Gegevensbescherming gecontroleerd. "
            + "Een vermoeden van een datalek meldt u direct via 'Datalek melden'.",
        "Schending van de geheimhoudingsplicht kan leiden tot disciplinaire maatregelen en tot een melding bij de Autoriteit Persoonsgegevens.",
    ];

    public const string NotInDirectory =
        "U staat nog niet in het personeelsoverzicht van de FG. Vraag de Functionaris Gegevensbescherming u toe te voegen; daarna kunt u bevestigen.";

    private static readonly string[] Staff = [.. Roles.All];

    /// <summary>The current employee's confirmation (their own record; not a read of members' personal data).</summary>
    public async Task<ConfidentialityStatus> StatusAsync(CancellationToken ct = default)
    {
        if (!user.IsAuthenticated)
        {
            return new ConfidentialityStatus(false, null, false);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = await db.StaffDirectory.AsNoTracking().Where(s => s.UserId == user.UserId).Select(s => new { s.ConfidentialityConfirmedOn }).FirstOrDefaultAsync(ct);
        return new ConfidentialityStatus(entry is not null, entry?.ConfidentialityConfirmedOn, ConfidentialityDuty.IsCurrent(entry?.ConfidentialityConfirmedOn, DutchTime.Today(clock)));
    }

    /// <summary>The employee confirms the duty today; recorded in the staff directory and the access log.</summary>
    public async Task<Result> ConfirmAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(ConfidentialityEventTypes.Confirm, AuditAction.Update, Staff, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = await db.StaffDirectory.FirstOrDefaultAsync(s => s.UserId == user.UserId, ct);
        if (entry is null)
        {
            await audit.RecordAsync(new AuditRecord(ConfidentialityEventTypes.Confirm, AuditAction.Update) { Outcome = AuditOutcome.Failed }, ct);
            return Result.Refused(NotInDirectory);
        }

        var today = DutchTime.Today(clock);
        entry.ConfirmConfidentiality(today);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(ConfidentialityEventTypes.Confirm, AuditAction.Update)
            {
                TargetType = nameof(StaffDirectoryEntry),
                TargetId = entry.Id.ToString(),
                Details = new Dictionary<string, object?> { ["bevestigdOp"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            },
            ct);
        return Result.Ok($"Uw geheimhoudingsplicht is bevestigd op {Dutch.LongDate(today)}. Bevestig die opnieuw vóór {Dutch.LongDate(today.AddYears(1))}.");
    }
}

/// <summary>
/// The confidentiality check for personal-data reads that do not go through <see cref="HouseholdAccess"/> (the member
/// search, lists of households): without a current confirmation the read is refused (audited) with the Dutch reason.
/// </summary>
public sealed class ConfidentialityGuard(ConfidentialityService confidentiality, IAuditLog audit, ICurrentUser user)
{
    public async Task RequireCurrentAsync(string eventType, AuditAction action, CancellationToken ct = default)
    {
        if (!user.Roles.Any(Roles.IsKnown) || (await confidentiality.StatusAsync(ct)).IsCurrent)
        {
            return;
        }

        await audit.RecordAsync(
            new AuditRecord(eventType, action)
            {
                Outcome = AuditOutcome.Denied,
                Details = new Dictionary<string, object?> { ["reason"] = "confidentiality not confirmed" },
            },
            ct);
        throw new RefusedException(HouseholdSafeguards.ConfidentialityNotConfirmed);
    }
}
