using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Intake;

/// <summary>
/// The inbox of the website's forms: list, open, search the household a form belongs to, and handle it: reject with a
/// reason, link a sign-up or question to a household (a sign-up then records the person's consent, by the website and
/// with its confirmation reference, and the subscription), or hand a membership application to the new-membership
/// sign-up. Klantcontact works the inbox; the FG reads it (ADR 177).
/// </summary>
public sealed class IntakeService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    ConfidentialityGuard confidentiality,
    IAuditLog audit,
    AuditContext auditContext,
    ICurrentUser user,
    TimeProvider clock)
{
    public static readonly string[] Workers = [Roles.CallCentre];

    public static readonly string[] Readers = [Roles.CallCentre, Roles.PrivacyOfficer];

    public const string InboxPurpose = "websiteformulieren: postvak";

    public static string ItemPurpose(string reference) => $"websiteformulier {reference}";

    public async Task<PagedResult<IntakeListRow>> ListAsync(IntakeStatus status, int page, int pageSize, CancellationToken ct = default)
    {
        await CheckAsync(IntakeEventTypes.List, AuditAction.View, Readers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.IntakeItems.AsNoTracking().Where(i => i.Status == status);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(i => i.ReceivedAtUtc)
            .Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(i => new IntakeListRow(i.Id, i.Reference, i.Kind, i.ReceivedAtUtc, i.DisplayName, i.Status))
            .ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(IntakeEventTypes.List, AuditAction.View)
            {
                TargetType = nameof(IntakeItem),
                PurposeOfUse = InboxPurpose,
                Details = new Dictionary<string, object?> { ["status"] = status.ToString(), ["rows"] = rows.Count },
            },
            ct);
        return new PagedResult<IntakeListRow>(rows, total);
    }

    /// <summary>The number of new items, for the navigation badge (no personal data, not audited).</summary>
    public async Task<int> CountNewAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(IntakeEventTypes.List, AuditAction.View, Readers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.IntakeItems.CountAsync(i => i.Status == IntakeStatus.New, ct);
    }

    public async Task<IntakeItemDetails> GetAsync(Guid id, CancellationToken ct = default)
    {
        await CheckAsync(IntakeEventTypes.View, AuditAction.View, Readers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.IntakeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("Websiteformulier", id);
        var input = IntakePayload.Read(item.Kind, item.Payload);
        await RecordReadAsync(IntakeEventTypes.View, item, ct);
        return new IntakeItemDetails(
            item.Id, item.Reference, item.Kind, item.Status, item.ReceivedAtUtc, item.ClientName, item.DisplayName,
            IntakePayload.Fields(input), item.ConfirmationReference, item.ConfirmedAtUtc, item.HandledByName, item.HandledAtUtc,
            item.OutcomeNote, item.LinkedHouseholdId, item.ConcurrencyStamp, SuggestedQuery(input));
    }

    /// <summary>Households that may be the form's: by postcode and house number, or by surname and date of birth. At most 10.</summary>
    public async Task<Result<IReadOnlyList<IntakeMatch>>> SearchHouseholdsAsync(Guid id, IntakeMatchQuery query, CancellationToken ct = default)
    {
        await CheckAsync(IntakeEventTypes.Match, AuditAction.Search, Workers, ct);
        if (InputRules.Validate(query) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.IntakeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("Websiteformulier", id);
        var households = db.Households.AsNoTracking().Where(h => h.DataErasedOn == null);
        if (query.ByAddress)
        {
            var postcode = DutchFormats.NormalisePostcode(query.Postcode)!;
            households = households.Where(h => h.Postcode == postcode && h.HouseNumber == query.HouseNumber);
        }
        else
        {
            var lastName = query.LastName!.Trim();
            households = households.Where(h => h.Persons.Any(p => p.LastName == lastName && p.DateOfBirth == query.DateOfBirth));
        }

        var found = await households.OrderBy(h => h.MemberNumber).Take(10)
            .Select(h => new
            {
                h.Id,
                h.MemberNumber,
                h.Street,
                h.HouseNumber,
                h.HouseNumberAddition,
                h.Postcode,
                h.City,
                h.Status,
                Persons = h.Persons.OrderBy(p => p.Role).Select(p => new { p.Id, p.FirstName, p.Infix, p.LastName, p.Role, p.DateOfBirth }).ToList(),
            })
            .ToListAsync(ct);
        var foundIds = found.Select(h => h.Id).ToList();
        var protection = await db.ProtectedHouseholds.AsNoTracking().Where(p => foundIds.Contains(p.HouseholdId))
            .ToDictionaryAsync(p => p.HouseholdId, p => p.Kind, ct);
        var reason = string.IsNullOrWhiteSpace(query.ProtectedReason) ? null : query.ProtectedReason.Trim();
        var purpose = ItemPurpose(item.Reference) + (reason is not null && protection.Count > 0 ? HouseholdSafeguards.ProtectedPurposeSuffix : "");
        await audit.RecordAsync(
            new AuditRecord(IntakeEventTypes.Match, AuditAction.Search)
            {
                TargetType = nameof(IntakeItem),
                TargetId = item.Id.ToString(),
                PurposeOfUse = purpose,
                Details = new Dictionary<string, object?>
                {
                    ["by"] = query.ByAddress ? "adres" : "naam en geboortedatum",
                    ["results"] = found.Count,
                    ["households"] = string.Join(",", foundIds),
                    ["protected"] = protection.Count,
                    ["protectedShown"] = reason is not null,
                },
            },
            ct);
        if (reason is not null)
        {
            foreach (var (householdId, kind) in protection)
            {
                await audit.RecordAsync(ProtectionEventTypes.StatedReason(householdId, kind, reason, purpose), ct);
            }
        }

        return Result.Ok<IReadOnlyList<IntakeMatch>>(found.Select(h => protection.ContainsKey(h.Id) && reason is null
                ? new IntakeMatch(h.Id, h.MemberNumber, null, h.Status, [], IsProtected: true)
                : new IntakeMatch(
                    h.Id,
                    h.MemberNumber,
                    $"{h.Street} {h.HouseNumber}{h.HouseNumberAddition}, {Dutch.Postcode(h.Postcode)} {h.City}",
                    h.Status,
                    h.Persons.Select(p => new IntakeMatchPerson(p.Id, PersonNames.Full(p.FirstName, p.Infix, p.LastName), p.Role, p.DateOfBirth)).ToList(),
                    protection.ContainsKey(h.Id)))
            .ToList());
    }

    public const string ProtectedReasonRequired =
        "Dit is een beschermd huishouden. Geef eerst de reden op waarom u dit formulier eraan koppelt; de FG controleert elke toegang.";

    public async Task<Result> RejectAsync(Guid id, IntakeRejectInput input, CancellationToken ct = default)
    {
        await CheckAsync(IntakeEventTypes.Reject, AuditAction.Update, Workers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.IntakeItems.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return Result.NotFound("Dit websiteformulier bestaat niet (meer).");
        }

        using var purpose = auditContext.BeginPurpose(ItemPurpose(item.Reference));
        if (item.Reject(input.Reason!, user.UserId, user.DisplayName, clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return Result.Refused(refusal);
        }

        return await db.SaveUnlessChangedSinceAsync(item, input.ConcurrencyStamp, "Afgewezen.", ct);
    }

    /// <summary>
    /// Links a sign-up or question to the household (and, for a sign-up, the person) the agent found. A sign-up then
    /// records the person's consent through the website, with the confirmation reference, and starts the subscription if
    /// it does not run yet; all in one save with the item. A protected household is linked only with a stated reason
    /// (<paramref name="protectedReason"/>), recorded as on the desk.
    /// </summary>
    public async Task<Result> LinkAsync(Guid id, Guid householdId, Guid? personId, Guid basedOn, string? protectedReason = null, CancellationToken ct = default)
    {
        await CheckAsync(IntakeEventTypes.Link, AuditAction.Update, Workers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.IntakeItems.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return Result.NotFound("Dit websiteformulier bestaat niet (meer).");
        }

        var household = await db.Households.AsNoTracking().Where(h => h.Id == householdId && h.DataErasedOn == null)
            .Select(h => new { h.Id, h.MemberNumber }).FirstOrDefaultAsync(ct);
        if (household is null)
        {
            return Result.NotFound("Dit huishouden bestaat niet (meer).");
        }

        var purposeKind = IntakeKinds.ConsentPurpose(item.Kind);
        if (purposeKind is not null && (personId is null || !await db.Persons.AnyAsync(p => p.Id == personId && p.HouseholdId == householdId, ct)))
        {
            return Result.Invalid("PersonId", "Kies de persoon in het huishouden die zich heeft aangemeld.");
        }

        var protection = await db.ProtectedHouseholds.AsNoTracking().Where(p => p.HouseholdId == householdId)
            .Select(p => (ProtectionKind?)p.Kind).FirstOrDefaultAsync(ct);
        var itemPurpose = ItemPurpose(item.Reference);
        if (protection is { } kindOfProtection)
        {
            if (string.IsNullOrWhiteSpace(protectedReason))
            {
                return Result.Refused(ProtectedReasonRequired);
            }

            if (InputRules.Validate(new StatedReasonInput { Reason = protectedReason }) is { } invalidReason)
            {
                return invalidReason;
            }

            itemPurpose += HouseholdSafeguards.ProtectedPurposeSuffix;
            await audit.RecordAsync(ProtectionEventTypes.StatedReason(householdId, kindOfProtection, protectedReason.Trim(), itemPurpose), ct);
        }

        using var purpose = auditContext.BeginPurpose(itemPurpose);
        var now = clock.GetUtcNow().UtcDateTime;
        var note = purposeKind is null
            ? $"Gekoppeld aan lid {household.MemberNumber}."
            : $"Gekoppeld aan lid {household.MemberNumber}; toestemming vastgelegd via de website.";
        if (item.Link(householdId, purposeKind is null ? null : personId, note, user.UserId, user.DisplayName, now) is { } refusal)
        {
            return Result.Refused(refusal);
        }

        var done = "Gekoppeld.";
        if (purposeKind is { } kind)
        {
            done = await RecordSignUpAsync(db, item, householdId, personId!.Value, kind, ct);
        }

        return await db.SaveUnlessChangedSinceAsync(item, basedOn, done, ct);
    }

    /// <summary>The membership application's fields, for the new-membership sign-up to pre-fill (audited as a read).</summary>
    public async Task<MembershipApplication> GetApplicationAsync(Guid id, CancellationToken ct = default)
    {
        await CheckAsync(IntakeEventTypes.View, AuditAction.View, Workers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.IntakeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.Kind == IntakeKind.MembershipApplication, ct)
            ?? throw new NotFoundException("Aanvraag lidmaatschap", id);
        var a = (MembershipApplicationInput)IntakePayload.Read(item.Kind, item.Payload);
        await RecordReadAsync(IntakeEventTypes.View, item, ct);
        return new MembershipApplication(
            item.Id, item.Reference, item.ReceivedAtUtc, item.Status, a.Initials, a.FirstName!, a.Infix, a.LastName!, a.DateOfBirth!.Value,
            a.Street!, a.HouseNumber!.Value, a.HouseNumberAddition, a.Postcode!, a.City!, a.Phone, a.Email!,
            a.HasHousemate ? new MembershipApplicationHousemate(a.HousemateInitials, a.HousemateFirstName!, a.HousemateInfix, a.HousemateLastName!, a.HousemateDateOfBirth) : null,
            a.StartDate!.Value, a.PaymentMethod!.Value, a.Newsletter!.Value, a.OnlineMagazine!.Value, a.MembersPanel!.Value);
    }

    /// <summary>Adds (not saves) the consent events and the subscription the confirmed sign-up stands for; says what it did.</summary>
    private async Task<string> RecordSignUpAsync(PortalDbContext db, IntakeItem item, Guid householdId, Guid personId, ConsentPurposeKind kind, CancellationToken ct)
    {
        var purposes = await db.ConsentPurposes.AsNoTracking().Include(p => p.Versions)
            .Where(p => p.Kind == kind && p.IsActive).OrderBy(p => p.Name).ToListAsync(ct);
        var purposeIds = purposes.Select(p => p.Id).ToList();
        var history = await db.ConsentEvents.AsNoTracking()
            .Where(e => e.PersonId == personId && purposeIds.Contains(e.PurposeId)).ToListAsync(ct);
        var note = $"Aanmelding via de website ({item.Reference}), bevestigd op {Dutch.Moment(item.ConfirmedAtUtc)}, bevestigingsreferentie {item.ConfirmationReference}.";
        if (note.Length > ConsentLimits.Note)
        {
            note = note[..ConsentLimits.Note];
        }

        var recorded = new List<string>();
        foreach (var purpose in purposes)
        {
            var own = history.Where(e => e.PurposeId == purpose.Id).ToList();
            if (ConsentHistory.StateOf(own, purpose.Id, DateTime.MaxValue).IsGiven)
            {
                continue;
            }

            db.ConsentEvents.Add(ConsentService.NewEvent(
                householdId, personId, purpose.Id, purpose.Versions.First(v => v.Version == purpose.CurrentVersion), own,
                ConsentAction.Given, ConsentChannel.Website, ConsentGivenBy.Person, null, note, user, clock));
            recorded.Add($"‘{purpose.Name}’");
        }

        var today = DutchTime.Today(clock);
        var subscription = ConsentPurposeKinds.LinkedSubscription(kind);
        var started = false;
        if (subscription is { } subscriptionKind
            && !await db.Subscriptions.Where(Subscription.NotEndedBy(today)).AnyAsync(s => s.PersonId == personId && s.Kind == subscriptionKind, ct))
        {
            db.Subscriptions.Add(new Subscription
            {
                HouseholdId = householdId,
                PersonId = personId,
                Kind = subscriptionKind,
                StartDate = today,
                Channel = ContactChannel.Email,
            });
            started = true;
        }

        var parts = new List<string> { "Gekoppeld." };
        parts.Add(recorded.Count > 0 ? $"Toestemming voor {string.Join(" en ", recorded)} vastgelegd." : "De toestemming was al gegeven.");
        if (started)
        {
            parts.Add($"{Labels.Capitalise(subscription!.Value.Label())} aangemeld.");
        }

        return string.Join(" ", parts);
    }

    /// <summary>The role, then the employee's current confirmation of the duty of confidentiality (the forms are personal data).</summary>
    private async Task CheckAsync(string eventType, AuditAction action, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        await guard.RequireAsync(eventType, action, roles, ct);
        await confidentiality.RequireCurrentAsync(eventType, action, ct);
    }

    private Task RecordReadAsync(string eventType, IntakeItem item, CancellationToken ct) =>
        audit.RecordAsync(
            new AuditRecord(eventType, AuditAction.View)
            {
                TargetType = nameof(IntakeItem),
                TargetId = item.Id.ToString(),
                SubjectHouseholdId = item.LinkedHouseholdId,
                SubjectPersonId = item.LinkedPersonId,
                PurposeOfUse = ItemPurpose(item.Reference),
                Details = new Dictionary<string, object?> { ["kind"] = item.Kind.ToString() },
            },
            ct);

    private static IntakeMatchQuery SuggestedQuery(IIntakeInput input) => input switch
    {
        MembershipApplicationInput a => new() { Postcode = a.Postcode, HouseNumber = a.HouseNumber, LastName = a.LastName, DateOfBirth = a.DateOfBirth },
        ConfirmedSignUpInput s => new() { Postcode = s.Postcode, HouseNumber = s.HouseNumber, LastName = s.LastName, DateOfBirth = s.DateOfBirth },
        _ => new(),
    };
}
