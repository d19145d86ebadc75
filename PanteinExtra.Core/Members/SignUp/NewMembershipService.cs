using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Intake;
using PanteinExtra.Core.LogControl;

namespace PanteinExtra.Core.Members;

/// <summary>
/// A new membership, taken down on the phone or from a letter (or an application from the website's inbox): likely
/// duplicates first, the agent decides; then the household, its people, the magazine and member pass, the first year's
/// contribution and the consent the main member gave to the questions asked, in one save (the audit interceptor records
/// each row with the sign-up's purpose). On the phone the call goes on with the new household: the caller is the member
/// who just gave every detail, so the next steps of the call (a course) need no caller check of their own.
/// </summary>
public sealed class NewMembershipService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    ConfidentialityGuard confidentiality,
    IAuditLog audit,
    AuditContext auditContext,
    ICurrentUser user,
    TimeProvider clock,
    CallContext calls,
    MembershipOptions options)
{
    private static readonly string[] Agents = [Roles.CallCentre];

    public const string DuplicatesFound =
        "Er is al een huishouden dat hierop lijkt. Open het als het hetzelfde is; is het iemand anders, bevestig dat dan en schrijf opnieuw in.";

    public static string Purpose(ReceivedChannel channel) => $"inschrijving nieuw lid ({channel.Label()})";

    /// <summary>The consent questions asked at sign-up, in their current wording.</summary>
    public async Task<IReadOnlyList<SignUpQuestion>> GetQuestionsAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.SignUp, AuditAction.View, Agents, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var purposes = await db.ConsentPurposes.AsNoTracking().Include(p => p.Versions)
            .Where(p => p.IsActive && SignUpQuestion.Kinds.Contains(p.Kind)).ToListAsync(ct);
        return purposes
            .OrderBy(p => SignUpQuestion.Kinds.ToList().IndexOf(p.Kind)).ThenBy(p => p.Name)
            .Select(p => new SignUpQuestion(p.Id, p.Kind, p.Name, p.CurrentWording, p.CurrentVersion))
            .ToList();
    }

    /// <summary>Households that may be this applicant's already; audited with the count, never with the names searched.</summary>
    public async Task<IReadOnlyList<LikelyDuplicate>> FindDuplicatesAsync(NewMembershipInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.DuplicateCheck, AuditAction.Search, Agents, ct);
        await confidentiality.RequireCurrentAsync(MembersEventTypes.DuplicateCheck, AuditAction.Search, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await DuplicateFinder.FindAsync(db, input, ct);
        await RecordDuplicateCheckAsync(input.Channel, found.Count, ct);
        return found;
    }

    public async Task<Result<NewMembership>> RegisterAsync(NewMembershipInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.SignUp, AuditAction.Create, Agents, ct);
        await confidentiality.RequireCurrentAsync(MembersEventTypes.SignUp, AuditAction.Create, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var today = DutchTime.Today(clock);
        if (NewMembershipInput.StartDateProblem(input.StartDate!.Value, today) is { } startProblem)
        {
            return Result.Invalid(nameof(input.StartDate), startProblem);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var questions = await db.ConsentPurposes.AsNoTracking().Include(p => p.Versions)
            .Where(p => p.IsActive && SignUpQuestion.Kinds.Contains(p.Kind)).ToListAsync(ct);
        if (ConsentProblem(input, questions) is { } consentProblem)
        {
            return Result.Invalid(nameof(input.ConsentsGiven), consentProblem);
        }

        var duplicates = await DuplicateFinder.FindAsync(db, input, ct);
        await RecordDuplicateCheckAsync(input.Channel, duplicates.Count, ct);
        if (duplicates.Count > 0 && !input.NotADuplicate)
        {
            return Result.Refused(DuplicatesFound);
        }

        using var purpose = auditContext.BeginPurpose(Purpose(input.Channel));
        var household = NewHousehold(input, await MemberNumbers.NextAsync(db, ct));
        db.Households.Add(household);
        AddConsents(db, household, input, questions);
        if (input.ApplicationId is { } applicationId)
        {
            // The website's application is confirmed with the household it became, in the same save.
            var application = await db.IntakeItems.FirstOrDefaultAsync(i => i.Id == applicationId && i.Kind == IntakeKind.MembershipApplication, ct);
            if (application is null)
            {
                return Result.NotFound("Deze aanvraag via de website bestaat niet (meer).");
            }

            if (application.MarkConverted(household.Id, user.UserId, user.DisplayName, clock.GetUtcNow().UtcDateTime) is { } refusal)
            {
                return Result.Refused(refusal);
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique member number: a colleague registered a member at the same moment and took the number.
            return Result.Conflict("Een collega schreef tegelijk een lid in. Er is niets opgeslagen: schrijf opnieuw in.");
        }

        if (input.Channel == ReceivedChannel.Phone)
        {
            await ContinueCallAsync(household.Id, ct);
        }

        return Result.Ok(new NewMembership(household.Id, household.MemberNumber), $"Ingeschreven met lidnummer {household.MemberNumber}.");
    }

    private Household NewHousehold(NewMembershipInput input, string memberNumber)
    {
        var start = input.StartDate!.Value;
        var household = new Household
        {
            MemberNumber = memberNumber,
            MemberSince = start,
            Street = "",
            Postcode = "",
            City = "",
            PreferredChannel = input.PreferredChannel,
            CommunicateThroughContactPerson = false,
        };
        household.CorrectAddress(input.Street!, input.HouseNumber!.Value, input.HouseNumberAddition, input.Postcode!, input.City!);
        household.CorrectContactDetails(input.Phone, input.Email);
        household.Persons.Add(NewPerson(household.Id, PersonRole.MainMember, input.Initials, input.FirstName!, input.Infix, input.LastName!, input.DateOfBirth));
        household.Persons.AddRange(input.Housemates.Select(h =>
            NewPerson(household.Id, PersonRole.Housemate, h.Initials, h.FirstName!, h.Infix, h.LastName!, h.DateOfBirth)));
        if (input.HasContactPerson)
        {
            household.ContactPersons.Add(new ContactPerson
            {
                HouseholdId = household.Id,
                Name = input.ContactName!.Trim(),
                Relation = input.ContactRelation!.Trim(),
                Phone = DutchFormats.EditedPhone(null, input.ContactPhone),
                Email = DutchFormats.NormaliseEmail(input.ContactEmail),
                Permissions = input.ContactPermissions | ContactPersonPermissions.ReceiveInformation,
            });
        }

        // What every membership brings: the magazine by post and the member pass.
        household.Subscriptions.Add(new Subscription { HouseholdId = household.Id, Kind = SubscriptionKind.Magazine, StartDate = start, Channel = ContactChannel.Post });
        household.Subscriptions.Add(new Subscription { HouseholdId = household.Id, Kind = SubscriptionKind.MemberPass, StartDate = start, Channel = ContactChannel.Post });
        household.Contributions.Add(new Contribution
        {
            HouseholdId = household.Id,
            Year = start.Year,
            AmountDue = options.AnnualContribution,
            Method = input.PaymentMethod,
        });
        return household;
    }

    private static Person NewPerson(Guid householdId, PersonRole role, string? initials, string firstName, string? infix, string lastName, DateOnly? born)
    {
        var person = new Person { HouseholdId = householdId, Role = role, FirstName = "", LastName = "", DateOfBirth = born };
        person.CorrectName(initials, firstName, infix, lastName);
        return person;
    }

    /// <summary>
    /// Each yes of the main member is a consent event on the wording asked, and the subscription it rests on starts with it
    /// (the desk's one truth: no newsletter without its consent). Contact through the contact person sets the household's
    /// correspondence to go through them.
    /// </summary>
    private void AddConsents(PortalDbContext db, Household household, NewMembershipInput input, IReadOnlyList<ConsentPurpose> questions)
    {
        var main = household.Persons.Single(p => p.Role == PersonRole.MainMember);
        var channel = input.Channel switch
        {
            ReceivedChannel.Letter => ConsentChannel.Paper,
            ReceivedChannel.Website => ConsentChannel.Website,
            _ => ConsentChannel.Phone,
        };
        foreach (var purpose in questions.Where(q => input.ConsentsGiven.Contains(q.Id)))
        {
            var version = purpose.Versions.First(v => v.Version == purpose.CurrentVersion);
            db.ConsentEvents.Add(ConsentService.NewEvent(
                household.Id, main.Id, purpose.Id, version, [], ConsentAction.Given, channel, ConsentGivenBy.Person, null,
                "Gevraagd bij de inschrijving.", user, clock));
            if (ConsentPurposeKinds.LinkedSubscription(purpose.Kind) is { } kind
                && !household.Subscriptions.Any(s => s.Kind == kind && s.PersonId == main.Id))
            {
                household.Subscriptions.Add(new Subscription
                {
                    HouseholdId = household.Id,
                    PersonId = main.Id,
                    Kind = kind,
                    StartDate = household.MemberSince,
                    Channel = ContactChannel.Email,
                });
            }

            if (purpose.Kind == ConsentPurposeKind.ContactThroughContactPerson)
            {
                household.CommunicateThroughContactPerson = true;
            }
        }
    }

    private static string? ConsentProblem(NewMembershipInput input, IReadOnlyList<ConsentPurpose> questions)
    {
        var asked = questions.Select(q => q.Id).ToHashSet();
        if (!input.ConsentsGiven.All(asked.Contains))
        {
            return "Een van de toestemmingen wordt niet meer gevraagd. Laad de inschrijving opnieuw.";
        }

        var given = questions.Where(q => input.ConsentsGiven.Contains(q.Id)).ToList();
        if (given.Any(q => q.Kind == ConsentPurposeKind.ContactThroughContactPerson) && !input.HasContactPerson)
        {
            return "Contact via de contactpersoon kan alleen als er een contactpersoon is ingevuld.";
        }

        if (given.Any(q => q.Kind is ConsentPurposeKind.Newsletter or ConsentPurposeKind.OnlineMagazine) && string.IsNullOrWhiteSpace(input.Email))
        {
            return "De nieuwsbrief en het online magazine komen per e-mail: vul een e-mailadres in, of laat die toestemming uit.";
        }

        return null;
    }

    /// <summary>The call goes on with the new household; recorded like a caller check, so the agent's calls of today show it.</summary>
    private async Task ContinueCallAsync(Guid householdId, CancellationToken ct)
    {
        var result = new CallerCheckResult(
            householdId, CallerKind.Member, IdentityChecks.None, IsVerified: true, MayChangeDetails: true,
            "telefonisch contact: lid zelf, nieuw ingeschreven in dit gesprek");
        await audit.RecordAsync(
            new AuditRecord(MembersEventTypes.CallerCheck, AuditAction.Create)
            {
                TargetType = nameof(Household),
                TargetId = householdId.ToString(),
                SubjectHouseholdId = householdId,
                PurposeOfUse = result.PurposeOfUse,
                Details = new Dictionary<string, object?> { ["caller"] = nameof(CallerKind.Member), ["signedUpInThisCall"] = true, ["verified"] = true },
            },
            ct);
        calls.Start(result);
    }

    private Task RecordDuplicateCheckAsync(ReceivedChannel channel, int found, CancellationToken ct) =>
        audit.RecordAsync(
            new AuditRecord(MembersEventTypes.DuplicateCheck, AuditAction.Search)
            {
                PurposeOfUse = Purpose(channel),
                Details = new Dictionary<string, object?> { ["results"] = found },
            },
            ct);
}
