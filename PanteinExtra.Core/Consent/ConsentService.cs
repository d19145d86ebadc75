using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Consent;

/// <summary>
/// Consent records per person and purpose: read the current state and history, reconstruct any past moment,
/// give or withdraw (withdrawal as easy as giving, with its effects at once), and export a consent receipt.
/// </summary>
public sealed class ConsentService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    HouseholdAccess access,
    ICurrentUser user,
    TimeProvider clock,
    IEnumerable<IConsentWithdrawalEffect> withdrawalEffects)
{
    /// <summary>Agents record consent on the phone; the FG handles withdrawal requests and supervises.</summary>
    internal static readonly string[] Handlers = [Roles.CallCentre, Roles.PrivacyOfficer];

    public async Task<HouseholdConsentOverview> GetHouseholdAsync(Guid householdId, CancellationToken ct = default)
    {
        await guard.RequireAsync(ConsentEventTypes.View, AuditAction.View, Handlers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var household = await db.Households.AsNoTracking().Where(h => h.Id == householdId)
            .Select(h => new { h.Id, h.MemberNumber }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Huishouden", householdId);
        var grant = await access.RequireAsync(householdId, HouseholdAccessNeed.Read, ConsentEventTypes.View, AuditAction.View, ct);
        var persons = await PersonsOf(db, householdId, ct);
        var events = await db.ConsentEvents.AsNoTracking().Where(e => e.HouseholdId == householdId).ToListAsync(ct);
        var purposes = await LoadPurposesAsync(db, ct);

        await audit.RecordAsync(
            new AuditRecord(ConsentEventTypes.View, AuditAction.View)
            {
                TargetType = nameof(Household),
                TargetId = householdId.ToString(),
                SubjectHouseholdId = householdId,
                PurposeOfUse = grant.PurposeOfUse,
                Details = new Dictionary<string, object?> { ["persons"] = persons.Count, ["events"] = events.Count },
            },
            ct);

        var names = purposes.ToDictionary(p => p.Id, p => p.Name);
        return new HouseholdConsentOverview(
            household.Id,
            household.MemberNumber,
            !grant.IsSupervision,
            persons.Select(p =>
            {
                var own = events.Where(e => e.PersonId == p.Id).ToList();
                return new PersonConsents(
                    p.Id,
                    p.FullName,
                    p.Role,
                    StateViews(purposes, ConsentHistory.Current(own)),
                    ConsentHistory.InOrder(own).Reverse().Select(e => ToView(e, names)).ToList());
            }).ToList(),
            await ActingContactPersonsAsync(db, householdId, ct),
            purposes.Where(p => p.IsActive).Select(Summary).ToList());
    }

    /// <summary>The state of every household member's consents at the end of a Dutch calendar day.</summary>
    public Task<IReadOnlyList<PersonStatesAt>> GetStatesOnAsync(Guid householdId, DateOnly date, CancellationToken ct = default) =>
        GetStatesAtAsync(householdId, DutchTime.StartOfDayUtc(date.AddDays(1)).AddTicks(-1), ct);

    /// <summary>The state of every household member's consents as it stood at <paramref name="atUtc"/>.</summary>
    public async Task<IReadOnlyList<PersonStatesAt>> GetStatesAtAsync(Guid householdId, DateTime atUtc, CancellationToken ct = default)
    {
        await guard.RequireAsync(ConsentEventTypes.ViewHistory, AuditAction.View, Handlers, ct);
        var grant = await access.RequireAsync(householdId, HouseholdAccessNeed.Read, ConsentEventTypes.ViewHistory, AuditAction.View, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var persons = await PersonsOf(db, householdId, ct);
        var events = await db.ConsentEvents.AsNoTracking()
            .Where(e => e.HouseholdId == householdId && e.OccurredAtUtc <= atUtc).ToListAsync(ct);
        var purposes = await LoadPurposesAsync(db, ct);

        await audit.RecordAsync(
            new AuditRecord(ConsentEventTypes.ViewHistory, AuditAction.View)
            {
                TargetType = nameof(Household),
                TargetId = householdId.ToString(),
                SubjectHouseholdId = householdId,
                PurposeOfUse = grant.PurposeOfUse,
                Details = new Dictionary<string, object?> { ["at"] = atUtc.ToString("O") },
            },
            ct);

        return persons.Select(p => new PersonStatesAt(
            p.Id,
            p.FullName,
            StateViews(purposes, ConsentHistory.StatesAt(events.Where(e => e.PersonId == p.Id), atUtc))))
            .ToList();
    }

    public Task<Result<ConsentDecisionOutcome>> GiveAsync(ConsentDecisionInput input, CancellationToken ct = default) =>
        DecideAsync(input, ConsentAction.Given, ct);

    /// <summary>Withdrawal: one call, takes effect at once for the future (subscriptions end, sharing stops, referrals flagged).</summary>
    public Task<Result<ConsentDecisionOutcome>> WithdrawAsync(ConsentDecisionInput input, CancellationToken ct = default) =>
        DecideAsync(input, ConsentAction.Withdrawn, ct);

    private async Task<Result<ConsentDecisionOutcome>> DecideAsync(ConsentDecisionInput input, ConsentAction action, CancellationToken ct)
    {
        var eventType = action == ConsentAction.Given ? ConsentEventTypes.Give : ConsentEventTypes.Withdraw;
        await guard.RequireAsync(eventType, AuditAction.Create, Handlers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.PersonId, ct)
            ?? throw new NotFoundException("Persoon", input.PersonId);
        var decision = await access.CheckAsync(person.HouseholdId, HouseholdAccessNeed.Decide, eventType, AuditAction.Create, ct);
        if (decision.Grant is not { } grant)
        {
            return Result.Refused(decision.Refusal!);
        }

        using var purposeOfUse = auditContext.BeginPurpose(grant.PurposeOfUse);
        var purpose = await db.ConsentPurposes.Include(p => p.Versions).AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == input.PurposeId, ct)
            ?? throw new NotFoundException("Toestemmingsdoel", input.PurposeId);

        var history = await db.ConsentEvents.AsNoTracking()
            .Where(e => e.PersonId == person.Id && e.PurposeId == purpose.Id).ToListAsync(ct);
        var current = ConsentHistory.StateOf(history, purpose.Id, DateTime.MaxValue);
        if (Refusal(action, purpose, current) is { } refusal)
        {
            return Result.Refused(refusal);
        }

        ContactPerson? actor = null;
        if (input.GivenBy == ConsentGivenBy.ContactPerson)
        {
            actor = await db.ContactPersons.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Id == input.ContactPersonId && c.HouseholdId == person.HouseholdId, ct);
            if (ActorError(actor) is { } error)
            {
                return Result.Invalid(nameof(ConsentDecisionInput.ContactPersonId), error);
            }
        }

        // A withdrawal is recorded on the wording that was given; a gift on the wording asked today.
        var version = action == ConsentAction.Withdrawn && current.LastEvent is { } given
            ? purpose.Versions.First(v => v.Id == given.PurposeVersionId)
            : purpose.Versions.First(v => v.Version == purpose.CurrentVersion);
        var evt = NewEvent(
            person.HouseholdId, person.Id, purpose.Id, version, history, action, input.Channel, input.GivenBy, actor,
            string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), user, clock);
        db.ConsentEvents.Add(evt);

        var consequences = new List<WithdrawalConsequence>();
        if (action == ConsentAction.Withdrawn)
        {
            foreach (var effect in withdrawalEffects)
            {
                if (await effect.ApplyAsync(db, purpose, evt, ct) is { } consequence)
                {
                    consequences.Add(consequence);
                }
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique sequence refused it: someone else recorded a decision for this person and purpose meanwhile.
            return Result.Conflict("Intussen is een andere beslissing vastgelegd. Laad opnieuw en kijk wat er nu geldt.");
        }

        return Result.Ok(
            new ConsentDecisionOutcome(evt, consequences),
            action == ConsentAction.Given ? "Toestemming vastgelegd." : "Toestemming ingetrokken.");
    }

    /// <summary>The next decision in a person's record for one purpose (the desk's sign-up and sign-off write the same event).</summary>
    internal static ConsentEvent NewEvent(
        Guid householdId, Guid personId, Guid purposeId, ConsentPurposeVersion version, IReadOnlyCollection<ConsentEvent> history, ConsentAction action,
        ConsentChannel channel, ConsentGivenBy givenBy, ContactPerson? actor, string? note, ICurrentUser user, TimeProvider clock) => new()
        {
            HouseholdId = householdId,
            PersonId = personId,
            PurposeId = purposeId,
            PurposeVersionId = version.Id,
            PurposeVersion = version.Version,
            Sequence = history.Count == 0 ? 1 : history.Max(e => e.Sequence) + 1,
            Action = action,
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            Channel = channel,
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            GivenBy = givenBy,
            ContactPersonId = actor?.Id,
            ContactPersonName = actor is null ? null : $"{actor.Name} ({actor.Relation})",
            Note = note,
        };

    private static string? Refusal(ConsentAction action, ConsentPurpose purpose, ConsentState current) => action switch
    {
        ConsentAction.Given when !purpose.IsActive => "Voor dit doel wordt geen toestemming meer gevraagd.",
        ConsentAction.Given when current.IsGiven && current.LastEvent!.PurposeVersion == purpose.CurrentVersion =>
            "Er is al toestemming gegeven op de huidige tekst.",
        ConsentAction.Withdrawn when !current.IsGiven => "Er is geen geldende toestemming om in te trekken.",
        _ => null,
    };

    /// <summary>A contact person may act only for their own household and only with the consent permission.</summary>
    private static string? ActorError(ContactPerson? contact) =>
        contact is null ? "Deze contactpersoon hoort niet bij dit huishouden."
        : contact.Permissions.HasFlag(ContactPersonPermissions.GiveOrWithdrawConsent) ? null
        : "Deze contactpersoon mag geen toestemming geven of intrekken namens het lid.";

    internal static async Task<List<Person>> PersonsOf(PortalDbContext db, Guid householdId, CancellationToken ct) =>
        (await db.Persons.AsNoTracking().Where(p => p.HouseholdId == householdId).ToListAsync(ct))
            .OrderBy(p => p.Role).ThenBy(p => p.FirstName).ToList();

    internal static Task<List<ConsentPurpose>> LoadPurposesAsync(PortalDbContext db, CancellationToken ct) =>
        db.ConsentPurposes.AsNoTracking().Include(p => p.Versions).OrderBy(p => p.Name).ToListAsync(ct);

    /// <summary>The household's formal contact persons, and whether each may decide on consent.</summary>
    internal static async Task<List<ActingContactPerson>> ActingContactPersonsAsync(PortalDbContext db, Guid householdId, CancellationToken ct) =>
        (await db.ContactPersons.AsNoTracking().Where(c => c.HouseholdId == householdId).OrderBy(c => c.Name).ToListAsync(ct))
            .Select(ActingContactPerson.From).ToList();

    private static PurposeSummary Summary(ConsentPurpose p) => new(p.Id, p.Code, p.Name, p.Kind, p.CurrentVersion, p.CurrentWording, p.IsActive);

    /// <summary>Active purposes always; a retired purpose only where the person has a decision on it.</summary>
    private static List<ConsentStateView> StateViews(List<ConsentPurpose> purposes, IReadOnlyDictionary<Guid, ConsentState> states) =>
        purposes.Where(p => p.IsActive || states.ContainsKey(p.Id)).Select(p =>
        {
            var state = states.TryGetValue(p.Id, out var s) ? s : new ConsentState(p.Id, null, null);
            return new ConsentStateView(
                p.Id, p.Name, p.Kind, state.IsGiven, state.LastAction, state.LastEvent?.OccurredAtUtc,
                state.LastEvent?.PurposeVersion, p.CurrentVersion, state.LastEvent?.Channel);
        }).ToList();

    private static ConsentEventView ToView(ConsentEvent e, IReadOnlyDictionary<Guid, string> names) => new(
        e.Id, e.PurposeId, names.GetValueOrDefault(e.PurposeId, "?"), e.Action, e.OccurredAtUtc, e.Channel, e.PurposeVersion,
        e.RecordedByName, e.GivenBy, e.ContactPersonName, e.Note);
}
