using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Referrals;

/// <summary>
/// Referring a household member to a service provider. Nothing is shared without a recorded, standing consent to
/// share with service providers; every sharing is recorded as a <see cref="Disclosure"/>.
/// </summary>
public sealed class ReferralService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    HouseholdAccess access,
    ICurrentUser user,
    TimeProvider clock,
    IProcessingAgreementStatus agreements,
    IProcessingRestrictions restrictions)
{
    public const string ConsentLegalBasis = "toestemming (AVG art. 6 lid 1 a)";

    private static readonly string[] Agents = [Roles.CallCentre, Roles.PrivacyOfficer];

    /// <summary>Exactly what would be shared (fields and values) and whether consent allows it. Audited as a read.</summary>
    public async Task<ReferralPreview> PreviewAsync(Guid personId, Guid serviceProviderId, CancellationToken ct = default)
    {
        await guard.RequireAsync(ReferralEventTypes.Preview, AuditAction.View, Agents, ct);
        var grant = await access.RequireAsync(
            await access.HouseholdOfPersonAsync(personId, ct), HouseholdAccessNeed.Read, ReferralEventTypes.Preview, AuditAction.View, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (person, household) = await LoadPersonAsync(db, personId, ct);
        var provider = await db.ServiceProviders.AsNoTracking().FirstOrDefaultAsync(p => p.Id == serviceProviderId, ct)
            ?? throw new NotFoundException("Dienstverlener", serviceProviderId);
        var consent = await StandingConsentAsync(db, personId, ct);
        var purpose = await db.ConsentPurposes.AsNoTracking().Include(p => p.Versions)
            .Where(p => p.Kind == ConsentPurposeKind.ReferralSharing && p.IsActive).OrderBy(p => p.CreatedAtUtc).FirstOrDefaultAsync(ct);
        var state = await agreements.GetStatusAsync(provider.ProcessorId, ct);

        await audit.RecordAsync(
            new AuditRecord(ReferralEventTypes.Preview, AuditAction.View)
            {
                TargetType = nameof(ServiceProvider),
                TargetId = provider.Id.ToString(),
                SubjectHouseholdId = household.Id,
                SubjectPersonId = person.Id,
                PurposeOfUse = grant.PurposeOfUse,
                Details = new Dictionary<string, object?> { ["fields"] = provider.SharedFields.ToString(), ["consent"] = consent is not null },
            },
            ct);

        return new ReferralPreview(
            person.Id,
            person.FullName,
            provider.Id,
            provider.Name,
            provider.Services,
            SharedDataFields.Split(provider.SharedFields).Select(f => new SharedFieldPreview(f, SharedDataFields.ValueOf(f, person, household))).ToList(),
            consent is not null,
            consent?.OccurredAtUtc,
            consent?.PurposeVersion,
            purpose?.Id,
            purpose?.CurrentWording,
            state);
    }

    /// <summary>Refers and records the disclosure, or refuses (audited as denied) when no consent stands.</summary>
    public async Task<Result<ReferralMade>> ReferAsync(ReferralInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(ReferralEventTypes.Create, AuditAction.Create, Agents, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var decision = await access.CheckAsync(
            await access.HouseholdOfPersonAsync(input.PersonId!.Value, ct), HouseholdAccessNeed.Decide, ReferralEventTypes.Create, AuditAction.Create, ct);
        if (decision.Grant is not { } grant)
        {
            return Result.Refused(decision.Refusal!);
        }

        using var purpose = auditContext.BeginPurpose(grant.PurposeOfUse);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (person, household) = await LoadPersonAsync(db, input.PersonId!.Value, ct);
        var provider = await db.ServiceProviders.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ServiceProviderId, ct)
            ?? throw new NotFoundException("Dienstverlener", input.ServiceProviderId!.Value);
        if (!provider.IsActive)
        {
            return Result.Invalid(nameof(ReferralInput.ServiceProviderId), "Naar deze dienstverlener wordt niet meer doorverwezen.");
        }

        var service = provider.Services.FirstOrDefault(s => string.Equals(s, input.Service!.Trim(), StringComparison.OrdinalIgnoreCase));
        if (service is null)
        {
            return Result.Invalid(nameof(ReferralInput.Service), "Kies een dienst die deze dienstverlener aanbiedt.");
        }

        if (await restrictions.IsRestrictedAsync(household.Id, person.Id, ct))
        {
            return Result.Refused(
                "De verwerking van de gegevens van deze persoon is beperkt op zijn of haar verzoek (artikel 18 AVG): er wordt niets gedeeld.");
        }

        var consent = await StandingConsentAsync(db, person.Id, ct);
        if (consent is null)
        {
            await audit.RecordAsync(
                new AuditRecord(ReferralEventTypes.Create, AuditAction.Create)
                {
                    Outcome = AuditOutcome.Denied,
                    TargetType = nameof(ServiceProvider),
                    TargetId = provider.Id.ToString(),
                    SubjectHouseholdId = household.Id,
                    SubjectPersonId = person.Id,
                    PurposeOfUse = grant.PurposeOfUse,
                    Details = new Dictionary<string, object?> { ["reason"] = "no-consent" },
                },
                ct);
            return Result.Refused("Er is geen geldige toestemming om gegevens met een dienstverlener te delen. Leg eerst de toestemming vast.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var referral = new Referral
        {
            HouseholdId = household.Id,
            PersonId = person.Id,
            ServiceProviderId = provider.Id,
            Service = service,
            CreatedAtUtc = now,
            CreatedByUserId = user.UserId,
            CreatedByName = user.DisplayName,
            ConsentEventId = consent.Id,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
        };
        var disclosure = Disclosure.OfReferral(referral, provider);
        db.Referrals.Add(referral);
        db.Disclosures.Add(disclosure);
        await db.SaveChangesAsync(ct);
        return Result.Ok(
            new ReferralMade(referral.Id, disclosure.Id, disclosure.Fields, now),
            $"Doorverwezen. Gedeeld: {disclosure.Fields.Label()}.");
    }

    public async Task<HouseholdReferrals> GetHouseholdAsync(Guid householdId, CancellationToken ct = default)
    {
        await guard.RequireAsync(ReferralEventTypes.View, AuditAction.View, Agents, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Households.AnyAsync(h => h.Id == householdId, ct))
        {
            throw new NotFoundException("Huishouden", householdId);
        }

        var grant = await access.RequireAsync(householdId, HouseholdAccessNeed.Read, ReferralEventTypes.View, AuditAction.View, ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.HouseholdId == householdId).ToListAsync(ct);
        var persons = await ConsentService.PersonsOf(db, householdId, ct);
        var names = persons.ToDictionary(p => p.Id, p => p.FullName);
        var providerIds = referrals.Select(r => r.ServiceProviderId).Distinct().ToList();
        var providers = await db.ServiceProviders.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var fields = await db.Disclosures.AsNoTracking().Where(d => d.HouseholdId == householdId && d.ReferralId != null)
            .ToDictionaryAsync(d => d.ReferralId!.Value, d => d.Fields, ct);

        await audit.RecordAsync(
            new AuditRecord(ReferralEventTypes.View, AuditAction.View)
            {
                TargetType = nameof(Household),
                TargetId = householdId.ToString(),
                SubjectHouseholdId = householdId,
                PurposeOfUse = grant.PurposeOfUse,
                Details = new Dictionary<string, object?> { ["referrals"] = referrals.Count },
            },
            ct);

        var views = referrals
            .OrderByDescending(r => r.NeedsAttention).ThenByDescending(r => r.CreatedAtUtc)
            .Select(r => new ReferralView(
                r.Id, r.PersonId, names.GetValueOrDefault(r.PersonId, "?"), r.ServiceProviderId,
                providers.TryGetValue(r.ServiceProviderId, out var p) ? p.Name : "?", r.Service, r.Status, r.CreatedAtUtc,
                r.CreatedByName, r.ConsentWithdrawnAtUtc, r.NeedsAttention, fields.GetValueOrDefault(r.Id), r.Note, r.ConcurrencyStamp))
            .ToList();
        return new HouseholdReferrals(
            persons.Select(p => new ReferablePerson(p.Id, p.FullName)).ToList(),
            await ConsentService.ActingContactPersonsAsync(db, householdId, ct),
            views)
        { MayDecide = !grant.IsSupervision };
    }

    /// <summary>Closes an open referral as completed or cancelled (e.g. after acting on a withdrawn consent).</summary>
    public async Task<Result> CloseAsync(Guid referralId, Guid concurrencyStamp, ReferralStatus outcome, CancellationToken ct = default)
    {
        await guard.RequireAsync(ReferralEventTypes.Close, AuditAction.Update, Agents, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, ct)
            ?? throw new NotFoundException("Doorverwijzing", referralId);
        var decision = await access.CheckAsync(referral.HouseholdId, HouseholdAccessNeed.Decide, ReferralEventTypes.Close, AuditAction.Update, ct);
        if (decision.Grant is not { } grant)
        {
            return Result.Refused(decision.Refusal!);
        }

        using var purpose = auditContext.BeginPurpose(grant.PurposeOfUse);
        var now = clock.GetUtcNow().UtcDateTime;
        switch (outcome)
        {
            case ReferralStatus.Completed when referral.IsOpen:
                referral.Complete(now);
                break;
            case ReferralStatus.Cancelled when referral.IsOpen:
                referral.Cancel(now);
                break;
            default:
                return Result.Refused("Alleen een open doorverwijzing kan worden afgesloten, als afgerond of geannuleerd.");
        }

        return await db.SaveUnlessChangedSinceAsync(referral, concurrencyStamp, $"Doorverwijzing {outcome.Label()}.", ct);
    }

    /// <summary>
    /// Recipients of person X's data: every party it was disclosed to, from the disclosure records. The list that
    /// Art. 19 notifications (rectification, erasure, restriction) go to, and that the person may ask for.
    /// </summary>
    public async Task<IReadOnlyList<DataRecipient>> RecipientsOfAsync(Guid personId, CancellationToken ct = default)
    {
        await guard.RequireAsync(ReferralEventTypes.Recipients, AuditAction.View, Agents, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.HouseholdId }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Persoon", personId);
        var grant = await access.RequireAsync(person.HouseholdId, HouseholdAccessNeed.Read, ReferralEventTypes.Recipients, AuditAction.View, ct);
        var disclosures = await db.Disclosures.AsNoTracking().Where(d => d.PersonId == personId).ToListAsync(ct);

        await audit.RecordAsync(
            new AuditRecord(ReferralEventTypes.Recipients, AuditAction.View)
            {
                SubjectHouseholdId = person.HouseholdId,
                SubjectPersonId = person.Id,
                PurposeOfUse = grant.PurposeOfUse,
                Details = new Dictionary<string, object?> { ["disclosures"] = disclosures.Count },
            },
            ct);

        return disclosures
            .GroupBy(d => (d.RecipientKind, d.RecipientId))
            .Select(g => new DataRecipient(
                g.Key.RecipientKind,
                g.Key.RecipientId,
                g.MaxBy(d => d.DisclosedAtUtc)!.RecipientName,
                g.Min(d => d.DisclosedAtUtc),
                g.Max(d => d.DisclosedAtUtc),
                g.Aggregate(SharedDataField.None, (all, d) => all | d.Fields),
                g.Count()))
            .OrderByDescending(r => r.LastDisclosedAtUtc)
            .ToList();
    }

    /// <summary>The "given" event of a standing consent to share with service providers, or null.</summary>
    internal static async Task<ConsentEvent?> StandingConsentAsync(PortalDbContext db, Guid personId, CancellationToken ct)
    {
        var purposeIds = await db.ConsentPurposes.AsNoTracking()
            .Where(p => p.Kind == ConsentPurposeKind.ReferralSharing).Select(p => p.Id).ToListAsync(ct);
        var events = await db.ConsentEvents.AsNoTracking()
            .Where(e => e.PersonId == personId && purposeIds.Contains(e.PurposeId)).ToListAsync(ct);
        return ConsentHistory.Current(events).Values
            .Where(s => s.IsGiven)
            .Select(s => s.LastEvent!)
            .OrderByDescending(e => e.OccurredAtUtc)
            .FirstOrDefault();
    }

    private static async Task<(Person Person, Household Household)> LoadPersonAsync(PortalDbContext db, Guid personId, CancellationToken ct)
    {
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct)
            ?? throw new NotFoundException("Persoon", personId);
        var household = await db.Households.AsNoTracking().FirstAsync(h => h.Id == person.HouseholdId, ct);
        return (person, household);
    }
}
