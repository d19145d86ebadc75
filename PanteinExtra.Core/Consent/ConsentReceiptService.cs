using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Consent;

/// <summary>Exports all of a person's consent records as one JSON consent receipt (ISO/IEC TS 27560 structure).</summary>
public sealed class ConsentReceiptService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    HouseholdAccess access,
    TimeProvider clock,
    ConsentReceiptIssuer issuer,
    IEnumerable<IConsentRecipientSource> recipientSources)
{
    public async Task<ConsentReceipt> ExportAsync(Guid personId, CancellationToken ct = default)
    {
        await guard.RequireAsync(ConsentEventTypes.Export, AuditAction.Export, ConsentService.Handlers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct)
            ?? throw new NotFoundException("Persoon", personId);
        var grant = await access.RequireAsync(person.HouseholdId, HouseholdAccessNeed.Read, ConsentEventTypes.Export, AuditAction.Export, ct);
        var household = await db.Households.AsNoTracking().FirstAsync(h => h.Id == person.HouseholdId, ct);
        var events = await db.ConsentEvents.AsNoTracking().Where(e => e.PersonId == personId).ToListAsync(ct);
        var purposes = await ConsentService.LoadPurposesAsync(db, ct);
        var recipients = new Dictionary<ConsentPurposeKind, IReadOnlyList<ConsentRecipient>>();
        foreach (var kind in purposes.Where(p => events.Any(e => e.PurposeId == p.Id)).Select(p => p.Kind).Distinct())
        {
            var found = new List<ConsentRecipient>();
            foreach (var source in recipientSources)
            {
                found.AddRange(await source.RecipientsAsync(db, personId, kind, ct));
            }

            recipients[kind] = found;
        }

        var receiptId = Guid.CreateVersion7();
        await audit.RecordAsync(
            new AuditRecord(ConsentEventTypes.Export, AuditAction.Export)
            {
                TargetType = nameof(ConsentReceipt),
                TargetId = receiptId.ToString(),
                SubjectHouseholdId = person.HouseholdId,
                SubjectPersonId = personId,
                PurposeOfUse = grant.PurposeOfUse,
                Details = new Dictionary<string, object?> { ["events"] = events.Count, ["format"] = "json-iso-27560" },
            },
            ct);

        return ConsentReceiptBuilder.Build(new ConsentReceiptBuilder.Input(
            receiptId, clock.GetUtcNow().UtcDateTime, person, household, events, purposes, recipients, issuer));
    }
}
