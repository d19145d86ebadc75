using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>The Excel export of the whole register, for the FG and the Autoriteit Persoonsgegevens. Every export is audited.</summary>
public sealed class RegisterExportService(
    IDbContextFactory<PortalDbContext> dbs, AccessGuard guard, IAuditLog audit, ICurrentUser user, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string FileName() => $"verwerkingsregister-{DutchTime.Today(clock):yyyy-MM-dd}.xlsx";

    /// <summary>Writes the workbook to <paramref name="output"/>; the export is in the audit log before any byte is written.</summary>
    public async Task ExportAsync(Stream output, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Export, AuditAction.Export, RegisterAccess.Editors, ct);
        var started = clock.GetUtcNow().UtcDateTime;
        var data = await LoadAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(RegisterEventTypes.Export, AuditAction.Export)
            {
                TargetType = "Register",
                StartedAtUtc = started,
                Details = new Dictionary<string, object?>
                {
                    ["activities"] = data.Activities.Count,
                    ["processors"] = data.Processors.Count,
                    ["format"] = "xlsx",
                },
            },
            ct);
        RegisterWorkbook.Write(data, output);
    }

    internal async Task<RegisterExportData> LoadAsync(CancellationToken ct)
    {
        var today = DutchTime.Today(clock);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var details = await RegisterDetailsService.LoadAsync(db, ct);
        var activities = await db.ProcessingActivities.AsNoTracking().Include(a => a.Processors)
            .OrderBy(a => a.Name).ThenBy(a => a.Id).ToListAsync(ct);
        var processors = await db.Processors.AsNoTracking().Include(p => p.Agreements).OrderBy(p => p.Name).ToListAsync(ct);
        var policies = await RegisterRetention.PoliciesAsync(db, ct);
        var activityNamesByProcessor = activities
            .SelectMany(a => a.Processors.Select(l => (l.ProcessorId, a.Name)))
            .ToLookup(x => x.ProcessorId, x => x.Name);
        return new RegisterExportData(
            details.Details,
            clock.GetUtcNow().UtcDateTime,
            user.DisplayName,
            activities.Select(a => new ExportActivity(a.Id, a.Version, RegisterRetention.AsShown(a.ToContent(), policies))).ToList(),
            processors.Select(p => new ExportProcessor(
                    p.Id, p.Name, p.ContactName, p.ContactEmail, p.ContactPhone, p.Country, p.Services,
                    CurrentAgreement(p, today),
                    ProcessorService.Status(p, today),
                    activityNamesByProcessor[p.Id].Order(StringComparer.OrdinalIgnoreCase).ToList()))
                .ToList());
    }

    /// <summary>The agreement in force that runs longest; else the most recently signed one.</summary>
    private static AgreementView? CurrentAgreement(Processor p, DateOnly today)
    {
        var agreement = p.Agreements
            .Where(a => a.SignedOn <= today && (a.ExpiresOn is null || a.ExpiresOn >= today))
            .OrderByDescending(a => a.ExpiresOn ?? DateOnly.MaxValue)
            .FirstOrDefault() ?? p.Agreements.OrderByDescending(a => a.SignedOn).FirstOrDefault();
        return agreement is null
            ? null
            : new AgreementView(agreement.Id, agreement.SignedOn, agreement.ExpiresOn, agreement.DocumentReference, agreement.Scope);
    }
}
