using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.Core.Consent;

namespace PanteinExtra.Tests.Core.Members.SignUp;

/// <summary>Issue 16, point 1: a new membership on the phone, with duplicate detection and the consent questions.</summary>
public sealed class NewMembershipServiceTests : IAsyncLifetime
{
    private readonly MembersTestHost _host = new();

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(_host);
        _host.User.As(Roles.CallCentre, "Sanne de Jong");
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    private DateOnly Today => DutchTime.Today(_host.Clock);

    private NewMembershipInput Input(params Guid[] consents) => new()
    {
        Initials = "M.",
        FirstName = "Maria",
        Infix = "van der",
        LastName = "Berg",
        DateOfBirth = new DateOnly(1948, 3, 14),
        Street = "Parade",
        HouseNumber = 7,
        HouseNumberAddition = "a",
        Postcode = "5911 cc",
        City = "Venlo",
        Phone = "077 3512345",
        Email = "m.vdberg@voorbeeld.nl",
        PreferredChannel = ContactChannel.Email,
        StartDate = Today,
        PaymentMethod = PaymentMethod.DirectDebit,
        ConsentsGiven = [.. consents],
    };

    private async Task<Result<NewMembership>> RegisterAsync(NewMembershipInput input)
    {
        await using var scope = _host.Scope();
        return await _host.Get<NewMembershipService>(scope).RegisterAsync(input);
    }

    [Fact]
    public async Task Register_CreatesTheHousehold_WithMagazinePassAndContribution_AndANextMemberNumber()
    {
        await _host.AddAsync(MemberBuilders.Household(postcode: "6001AA"));
        var input = Input();
        input.Housemates.Add(new HousemateInput { FirstName = "Kees", Infix = "van der", LastName = "Berg", DateOfBirth = new DateOnly(1946, 1, 2) });

        var result = await RegisterAsync(input);

        Assert.True(result.Succeeded, result.Message);
        await using var db = _host.RawDb();
        var h = await db.Households.Include(x => x.Persons).Include(x => x.Subscriptions).Include(x => x.Contributions)
            .SingleAsync(x => x.Id == result.Value!.HouseholdId);
        Assert.Equal(("Parade", 7, "A", "5911CC", "Venlo"), (h.Street, h.HouseNumber, h.HouseNumberAddition, h.Postcode, h.City));
        Assert.Equal(Today, h.MemberSince);
        Assert.Equal(7, h.MemberNumber.Length);
        Assert.True(int.Parse(h.MemberNumber, System.Globalization.CultureInfo.InvariantCulture) > 5_000_000);
        Assert.Equal($"Ingeschreven met lidnummer {h.MemberNumber}.", result.Message);
        Assert.Equal(["Kees van der Berg", "Maria van der Berg"], h.Persons.Select(p => p.FullName).Order());
        Assert.Equal([SubscriptionKind.Magazine, SubscriptionKind.MemberPass], h.Subscriptions.Select(s => s.Kind).Order());
        var contribution = Assert.Single(h.Contributions);
        Assert.Equal((Today.Year, 31.00m, PaymentMethod.DirectDebit), (contribution.Year, contribution.AmountDue, contribution.Method));
    }

    [Fact]
    public async Task Register_RecordsEachYesAsAConsentEventOnTheWordingAsked_AndStartsItsSubscription_ButNothingForANo()
    {
        var newsletter = await ConsentTestData.PurposeAsync(_host, ConsentPurposeKind.Newsletter);
        await ConsentTestData.PurposeAsync(_host, ConsentPurposeKind.MembersPanel);

        var result = await RegisterAsync(Input(newsletter.Id));

        Assert.True(result.Succeeded, result.Message);
        await using var db = _host.RawDb();
        var evt = Assert.Single(await db.ConsentEvents.Where(e => e.HouseholdId == result.Value!.HouseholdId).ToListAsync());
        Assert.Equal((newsletter.Id, newsletter.CurrentVersion, ConsentAction.Given, ConsentChannel.Phone, ConsentGivenBy.Person, "Sanne de Jong"),
            (evt.PurposeId, evt.PurposeVersion, evt.Action, evt.Channel, evt.GivenBy, evt.RecordedByName));
        var personal = Assert.Single(await db.Subscriptions.Where(s => s.HouseholdId == result.Value!.HouseholdId && s.PersonId != null).ToListAsync());
        Assert.Equal((SubscriptionKind.Newsletter, evt.PersonId), (personal.Kind, personal.PersonId!.Value));
        var audit = Assert.Single(await _host.EventsAsync("ConsentEvent:Create"));
        Assert.Equal("inschrijving nieuw lid (telefoon)", audit.PurposeOfUse);
    }

    [Fact]
    public async Task Register_OnTheSameAddress_IsRefusedUntilTheAgentConfirmsItIsSomeoneElse()
    {
        var existing = MemberBuilders.Household("Piet", null, "Smits", postcode: "5911CC", houseNumber: 7);
        await _host.AddAsync(existing);

        await using (var scope = _host.Scope())
        {
            var found = Assert.Single(await _host.Get<NewMembershipService>(scope).FindDuplicatesAsync(Input()));
            Assert.Equal((existing.Id, "Piet Smits", MembershipStatus.Active), (found.HouseholdId, found.MainMember, found.Status));
            Assert.Equal([DuplicateFinder.SameAddress], found.Reasons);
        }

        var refused = await RegisterAsync(Input());
        Assert.Equal(ResultStatus.Refused, refused.Status);
        Assert.Equal(NewMembershipService.DuplicatesFound, refused.Message);

        var confirmed = Input();
        confirmed.NotADuplicate = true;
        Assert.True((await RegisterAsync(confirmed)).Succeeded);
        await using var db = _host.RawDb();
        Assert.Equal(2, await db.Households.CountAsync(h => h.Postcode == "5911CC"));
    }

    [Fact]
    public async Task FindDuplicates_MatchesTheSameNameAndBirthDateElsewhere_FoldingCaseAndAccents_AndAuditsOnlyTheCount()
    {
        var moved = MemberBuilders.Household("María", "Van Der", "berg", postcode: "6002BB", dateOfBirth: new DateOnly(1948, 3, 14));
        var namesake = MemberBuilders.Household("Maria", "van der", "Berg", postcode: "6003CC", dateOfBirth: new DateOnly(1950, 1, 1));
        await _host.AddAsync(moved, namesake);

        await using var scope = _host.Scope();
        var found = await _host.Get<NewMembershipService>(scope).FindDuplicatesAsync(Input());

        var match = Assert.Single(found);
        Assert.Equal((moved.Id, DuplicateFinder.SameNameAndBirthDate), (match.HouseholdId, Assert.Single(match.Reasons)));
        var audit = Assert.Single(await _host.EventsAsync(MembersEventTypes.DuplicateCheck));
        Assert.Equal("inschrijving nieuw lid (telefoon)", audit.PurposeOfUse);
        Assert.Contains("\"results\":1", audit.Details);
        Assert.DoesNotContain("Berg", audit.Details);
    }

    [Fact]
    public async Task Register_OnThePhone_ContinuesTheCallWithTheNewHousehold_SoItOpensWithoutAnotherCallerCheck()
    {
        await using var scope = _host.Scope();
        var result = await _host.Get<NewMembershipService>(scope).RegisterAsync(Input());

        var opened = await _host.Get<HouseholdService>(scope).OpenAsync(result.Value!.HouseholdId);

        Assert.NotNull(opened.Details);
        Assert.Equal("Maria van der Berg", opened.Details!.Persons.Single(p => p.Role == PersonRole.MainMember).FullName);
        var call = Assert.Single(await _host.EventsAsync(MembersEventTypes.CallerCheck));
        Assert.Equal("telefonisch contact: lid zelf, nieuw ingeschreven in dit gesprek", call.PurposeOfUse);
    }

    [Fact]
    public async Task Register_FromALetter_LeavesNoCallOpen()
    {
        var input = Input();
        input.Channel = ReceivedChannel.Letter;
        await using var scope = _host.Scope();
        var result = await _host.Get<NewMembershipService>(scope).RegisterAsync(input);

        Assert.True(result.Succeeded, result.Message);
        Assert.Null(_host.Get<CallContext>(scope).Current);
        Assert.Empty(await _host.EventsAsync(MembersEventTypes.CallerCheck));
    }

    [Fact]
    public async Task Register_WithBadInput_SavesNothing_AndSaysPerFieldWhatIsWrongInDutch()
    {
        var input = Input();
        input.Postcode = "59111";
        input.FirstName = " ";

        var result = await RegisterAsync(input);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Contains("postcode", result.ErrorFor(nameof(NewMembershipInput.Postcode)), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(result.ErrorFor(nameof(NewMembershipInput.FirstName)));
        await using var db = _host.RawDb();
        Assert.Equal(0, await db.Households.CountAsync());
    }

    [Fact]
    public async Task Register_WithAnIncompleteHousemateOrContactPerson_SavesNothing_AndNamesWhichOne()
    {
        var input = Input();
        input.ContactRelation = "dochter";
        input.Housemates.Add(new HousemateInput { FirstName = "Kees", LastName = "Berg" });
        input.Housemates.Add(new HousemateInput { FirstName = "Anna" });

        var result = await RegisterAsync(input);

        Assert.Equal("Huisgenoot 2: Achternaam is verplicht.", result.ErrorFor(nameof(NewMembershipInput.Housemates)));
        Assert.Equal("Vul de naam van de contactpersoon in, of maak de andere velden van de contactpersoon leeg.", result.ErrorFor(nameof(NewMembershipInput.ContactName)));
        await using var db = _host.RawDb();
        Assert.Equal(0, await db.Households.CountAsync());
    }

    [Fact]
    public async Task Register_WithAStartDateTooFarAhead_IsRefusedNextToTheField()
    {
        var input = Input();
        input.StartDate = Today.AddMonths(7);

        var result = await RegisterAsync(input);

        Assert.Equal("De ingangsdatum mag hoogstens 6 maanden vooruit liggen.", result.ErrorFor(nameof(NewMembershipInput.StartDate)));
    }

    [Fact]
    public async Task Register_NewsletterConsentWithoutEmail_OrContactThroughAContactPersonWithoutOne_IsRefused()
    {
        var newsletter = await ConsentTestData.PurposeAsync(_host, ConsentPurposeKind.Newsletter);
        var through = await ConsentTestData.PurposeAsync(_host, ConsentPurposeKind.ContactThroughContactPerson);
        var noEmail = Input(newsletter.Id);
        noEmail.Email = null;
        noEmail.PreferredChannel = ContactChannel.Post;

        Assert.NotNull((await RegisterAsync(noEmail)).ErrorFor(nameof(NewMembershipInput.ConsentsGiven)));
        Assert.Equal(
            "Contact via de contactpersoon kan alleen als er een contactpersoon is ingevuld.",
            (await RegisterAsync(Input(through.Id))).ErrorFor(nameof(NewMembershipInput.ConsentsGiven)));
    }

    [Fact]
    public async Task Register_WithAContactPersonAndContactThroughThem_RecordsBoth_AndCorrespondenceGoesThroughThem()
    {
        var through = await ConsentTestData.PurposeAsync(_host, ConsentPurposeKind.ContactThroughContactPerson);
        var input = Input(through.Id);
        input.ContactName = "Ellen van der Berg";
        input.ContactRelation = "dochter";
        input.ContactPhone = "06 12345678";
        input.ContactPermissions = ContactPersonPermissions.ChangeDetails;

        var result = await RegisterAsync(input);

        await using var db = _host.RawDb();
        var h = await db.Households.Include(x => x.ContactPersons).SingleAsync(x => x.Id == result.Value!.HouseholdId);
        Assert.True(h.CommunicateThroughContactPerson);
        var contact = Assert.Single(h.ContactPersons);
        Assert.Equal(ContactPersonPermissions.ReceiveInformation | ContactPersonPermissions.ChangeDetails, contact.Permissions);
        Assert.Equal("06-12345678", contact.Phone);
    }

    [Fact]
    public async Task TheNewMember_IsFoundBySearchAtOnce()
    {
        var result = await RegisterAsync(Input());

        await using var scope = _host.Scope();
        var search = await _host.Get<MemberSearchService>(scope).SearchAsync("maria van der berg");

        Assert.Contains(search.Rows, r => r.HouseholdId == result.Value!.HouseholdId);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.PrivacyOfficer)]
    public async Task OnlyTheCallCentre_RegistersMembers_AndTheRefusalIsAudited(string role)
    {
        _host.User.As(role);
        await using var scope = _host.Scope();
        var service = _host.Get<NewMembershipService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.RegisterAsync(Input()));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.FindDuplicatesAsync(Input()));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.GetQuestionsAsync());
        Assert.Equal(3, (await _host.EventsAsync(MembersEventTypes.SignUp)).Count + (await _host.EventsAsync(MembersEventTypes.DuplicateCheck)).Count);
    }

    [Fact]
    public async Task TheQuestions_AreTheNewsletterMagazinePanelAndContactPerson_InTheirCurrentWording()
    {
        await using var scope = _host.Scope();
        var questions = await _host.Get<NewMembershipService>(scope).GetQuestionsAsync();

        Assert.Equal(
            [ConsentPurposeKind.Newsletter, ConsentPurposeKind.OnlineMagazine, ConsentPurposeKind.MembersPanel, ConsentPurposeKind.ContactThroughContactPerson],
            questions.Select(q => q.Kind));
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Wording)));
    }
}
