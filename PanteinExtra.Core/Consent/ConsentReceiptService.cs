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

        var register = await RegisterFactsAsync(db, purposes.Where(p => events.Any(e => e.PurposeId == p.Id)).ToList(), ct);
        var consentPolicy = await db.RetentionPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.RecordKind == ConsentRecordKind.KindKey, ct);
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
            receiptId, clock.GetUtcNow().UtcDateTime, person, household, events, purposes, recipients, issuer, register, consentPolicy?.Summary));
    }

    /// <summary>The register's current word on the activity each decided purpose is linked to (a handful of rows, no personal data).</summary>
    private static async Task<IReadOnlyDictionary<Guid, ConsentRegisterFacts>> RegisterFactsAsync(
        PortalDbContext db, IReadOnlyList<ConsentPurpose> purposes, CancellationToken ct)
    {
        var activityIds = purposes.Where(p => p.ActivityId is not null).Select(p => p.ActivityId!.Value).Distinct().ToList();
        if (activityIds.Count == 0)
        {
            return new Dictionary<Guid, ConsentRegisterFacts>();
        }

        var activities = await db.ProcessingActivities.AsNoTracking().Include(a => a.Processors)
            .Where(a => activityIds.Contains(a.Id)).ToListAsync(ct);
        var processorIds = activities.SelectMany(a => a.Processors.Select(l => l.ProcessorId)).Distinct().ToList();
        var processors = await db.Processors.AsNoTracking().Where(p => processorIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new ConsentProcessor(p.Id, p.Name, p.Country, p.ContactEmail, p.ContactPhone), ct);
        var policyIds = activities.Where(a => a.RetentionPolicyId is not null).Select(a => a.RetentionPolicyId!.Value).Distinct().ToList();
        var policies = await db.RetentionPolicies.AsNoTracking().Where(p => policyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var facts = activities.ToDictionary(a => a.Id, a => new ConsentRegisterFacts(
            a.Id, a.Version, a.Name,
            a.Processors.Select(l => processors[l.ProcessorId]).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            a.TransfersOutsideEea, a.TransferCountries, a.TransferSafeguards,
            a.RetentionPolicyId is { } policyId && policies.TryGetValue(policyId, out var policy) ? policy.Summary : a.RetentionPeriod));
        return purposes.Where(p => p.ActivityId is { } id && facts.ContainsKey(id)).ToDictionary(p => p.Id, p => facts[p.ActivityId!.Value]);
    }
}
