using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Members;

public sealed class MemberDeskServiceTests : IAsyncLifetime
{
    private const string VerifiedPurpose = "telefonisch contact: lid zelf, geverifieerd (geboortedatum en postcode)";
    private readonly MembersTestHost _host = new();
    private Household _household = default!;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _household = MemberBuilders.Household("Jan", "de", "Vries", email: "jan@voorbeeld.nl");
        await _host.AddAsync(_household);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task<HouseholdDetails> OpenAsync(Microsoft.Extensions.DependencyInjection.AsyncServiceScope scope) =>
        (await _host.Get<HouseholdService>(scope).OpenAsync(_household.Id)).Details!;

    private static string[] Fields(AuditEvent e) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(e.Details!)!["fields"].EnumerateArray().Select(f => f.GetString()!).ToArray();

    [Fact]
    public async Task UpdateContactDetails_SavesNormalised_AndAuditsTheChangedFieldsWithThePurpose()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);
        var input = ContactDetailsInput.From(await OpenAsync(scope));
        input.Street = "Molenweg";
        input.Postcode = "5912 xz";
        input.Phone = "+31 6 12345678";

        var result = await _host.Get<MemberDeskService>(scope).UpdateContactDetailsAsync(_household.Id, input);

        Assert.True(result.Succeeded, result.Message);
        await using var db = _host.RawDb();
        var saved = await db.Households.SingleAsync(h => h.Id == _household.Id);
        Assert.Equal(("Molenweg", "5912XZ", "06-12345678"), (saved.Street, saved.Postcode, saved.Phone));
        var update = Assert.Single(await _host.EventsAsync("Household:Update"));
        Assert.Equal(VerifiedPurpose, update.PurposeOfUse);
        Assert.Equal(new[] { "Phone", "Postcode", "Street" }, Fields(update).Order());
        Assert.DoesNotContain("Molenweg", update.Details);
    }

    [Fact]
    public async Task UpdateContactDetails_OfTheAddressOnly_KeepsThePhoneExactlyAsItWasStored_AndThePostcodeAsWritten()
    {
        await using (var raw = _host.RawDb())
        {
            await raw.Households.Where(h => h.Id == _household.Id).ExecuteUpdateAsync(u => u.SetProperty(h => h.Phone, "0475-473543"));
        }

        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);
        var input = ContactDetailsInput.From(await OpenAsync(scope));
        Assert.Matches("^[0-9]{4} [A-Z]{2}$", input.Postcode); // the form shows "6003 KM", as it is written
        input.Street = "Molenweg";

        var result = await _host.Get<MemberDeskService>(scope).UpdateContactDetailsAsync(_household.Id, input);

        Assert.True(result.Succeeded, result.Message);
        await using var db = _host.RawDb();
        Assert.Equal("0475-473543", (await db.Households.SingleAsync(h => h.Id == _household.Id)).Phone);
        Assert.Equal(new[] { "Street" }, Fields(Assert.Single(await _host.EventsAsync("Household:Update"))));
    }

    [Theory]
    [InlineData("0475-473543", "0475-473543", "0475-473543")]
    [InlineData("0475-473543", "0475 473543", "0475-473543")]
    [InlineData("0475-473543", "0475 999999", "0475999999")]
    [InlineData("0475-473543", "", null)]
    [InlineData(null, "+31 6 12345678", "06-12345678")]
    public void EditedPhone_KeepsTheStoredNotationOfTheSameNumber_AndStoresAnotherInTheStandardOne(string? stored, string typed, string? expected) =>
        Assert.Equal(expected, PanteinExtra.Core.Common.DutchFormats.EditedPhone(stored, typed));

    [Fact]
    public async Task UpdateContactDetails_ConcurrentEdit_IsRefused_AndNothingOverwritten()
    {
        await using var first = _host.Scope();
        await using var second = _host.Scope();
        await _host.CallAsync(first, _household.Id);
        await _host.CallAsync(second, _household.Id);
        var firstInput = ContactDetailsInput.From(await OpenAsync(first));
        var secondInput = ContactDetailsInput.From(await OpenAsync(second));
        firstInput.City = "Blerick";
        secondInput.City = "Tegelen";

        var firstResult = await _host.Get<MemberDeskService>(first).UpdateContactDetailsAsync(_household.Id, firstInput);
        var secondResult = await _host.Get<MemberDeskService>(second).UpdateContactDetailsAsync(_household.Id, secondInput);

        Assert.True(firstResult.Succeeded);
        Assert.Equal(ResultStatus.Conflict, secondResult.Status);
        Assert.Contains("collega", secondResult.Message);
        await using var db = _host.RawDb();
        Assert.Equal("Blerick", (await db.Households.SingleAsync(h => h.Id == _household.Id)).City);
    }

    [Fact]
    public async Task UpdatePerson_AfterAPlainEfUpdateElsewhere_IsAConflict()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);
        var input = PersonInput.From((await OpenAsync(scope)).Persons[0]);
        await using (var db = _host.RawDb())
        {
            (await db.Persons.SingleAsync(p => p.HouseholdId == _household.Id)).Email = "ander@voorbeeld.nl";
            await db.SaveChangesAsync();
        }

        input.LastName = "Vries-Jansen";
        var result = await _host.Get<MemberDeskService>(scope).UpdatePersonAsync(_household.Id, input);

        Assert.Equal(ResultStatus.Conflict, result.Status);
    }

    [Fact]
    public async Task UpdatePerson_ChangesTheName_AndTheSearchFindsTheNewName()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);
        var input = PersonInput.From((await OpenAsync(scope)).Persons[0]);
        input.Infix = null;
        input.LastName = "Verhoeven";

        Assert.True((await _host.Get<MemberDeskService>(scope).UpdatePersonAsync(_household.Id, input)).Succeeded);

        var search = _host.Get<MemberSearchService>(scope);
        Assert.Single((await search.SearchAsync("verhoeven")).Rows);
        Assert.Empty((await search.SearchAsync("de vries")).Rows);
        Assert.Equal(new[] { "Infix", "LastName" }, Fields(Assert.Single(await _host.EventsAsync("Person:Update"))).Order());
    }

    [Fact]
    public async Task UpdateContactDetails_Invalid_ReturnsDutchFieldErrors_AndSavesNothing()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);
        var input = ContactDetailsInput.From(await OpenAsync(scope));
        input.Postcode = "59AB";
        input.Email = "geen-adres";

        var result = await _host.Get<MemberDeskService>(scope).UpdateContactDetailsAsync(_household.Id, input);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal(new[] { "Email", "Postcode" }, result.FieldErrors!.Keys.Order());
        Assert.Empty(await _host.EventsAsync("Household:Update"));
    }

    [Fact]
    public async Task UpdateContactDetails_UnverifiedCaller_IsNotAllowed_AndAuditedAsDenied()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id, CallerKind.SomeoneElse, IdentityChecks.None);
        var input = new ContactDetailsInput { Street = "X", HouseNumber = 1, Postcode = "5911AB", City = "Venlo" };

        var result = await _host.Get<MemberDeskService>(scope).UpdateContactDetailsAsync(_household.Id, input);

        Assert.Equal(ResultStatus.Refused, result.Status);
        var denied = Assert.Single(await _host.EventsAsync(MembersEventTypes.HouseholdEdit));
        Assert.Equal(AuditOutcome.Denied, denied.Outcome);
        Assert.Equal("telefonisch contact: iemand anders, niet geverifieerd", denied.PurposeOfUse);
    }

    [Fact]
    public async Task ChangeSubscription_SignsUpAndOff_AndAuditsBoth()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);
        var personId = _household.Persons[0].Id;
        var desk = _host.Get<MemberDeskService>(scope);

        Assert.Equal("Aangemeld.", (await desk.ChangeSubscriptionAsync(_household.Id, new SubscriptionChange(SubscriptionKind.Newsletter, personId, true))).Message);
        Assert.Equal("Was al aangemeld.", (await desk.ChangeSubscriptionAsync(_household.Id, new SubscriptionChange(SubscriptionKind.Newsletter, personId, true))).Message);
        var afterSignUp = await OpenAsync(scope);
        Assert.Contains(afterSignUp.Subscriptions, s => s.Kind == SubscriptionKind.Newsletter && s.IsActive);

        Assert.Equal("Afgemeld.", (await desk.ChangeSubscriptionAsync(_household.Id, new SubscriptionChange(SubscriptionKind.Newsletter, personId, false))).Message);

        var events = (await _host.EventsAsync("Subscription:Create")).Concat(await _host.EventsAsync("Subscription:Update")).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(VerifiedPurpose, e.PurposeOfUse));
        Assert.Contains("EndDate", Fields(events[1]));
    }

    [Fact]
    public async Task RegisterFeedback_PrivacyComplaint_GoesToTheComplaintsOfficer_AndMentionsTheAp()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);

        var result = await _host.Get<MemberDeskService>(scope).RegisterFeedbackAsync(_household.Id, new FeedbackInput
        {
            Kind = FeedbackKind.Complaint,
            Subject = "Brief aan verkeerd adres",
            IsPrivacyComplaint = true,
        });

        Assert.True(result.Succeeded);
        Assert.Contains("Autoriteit Persoonsgegevens", result.Message);
        await using var db = _host.RawDb();
        var saved = await db.Feedback.SingleAsync(f => f.HouseholdId == _household.Id);
        Assert.Equal((MemberDeskService.ComplaintsOfficer, ReceivedChannel.Phone, true), (saved.Handling, saved.Channel, saved.IsPrivacyComplaint));
        Assert.Equal(VerifiedPurpose, Assert.Single(await _host.EventsAsync(MembersEventTypes.FeedbackCreate)).PurposeOfUse);
    }

    [Fact]
    public async Task RegisterFeedback_FromAnUnverifiedCaller_IsAllowed_WithoutSubject_IsInvalid()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id, CallerKind.SomeoneElse, IdentityChecks.None);
        var desk = _host.Get<MemberDeskService>(scope);

        var invalid = await desk.RegisterFeedbackAsync(_household.Id, new FeedbackInput { Kind = FeedbackKind.Compliment });
        var saved = await desk.RegisterFeedbackAsync(_household.Id, new FeedbackInput { Kind = FeedbackKind.Compliment, Subject = "Vriendelijk geholpen" });

        Assert.Equal("Onderwerp is verplicht.", invalid.FieldErrors!["Subject"]);
        Assert.Equal("Het compliment is vastgelegd.", saved.Message);
    }

    [Fact]
    public async Task AddCallNote_RecordsAuthorAndCaller_AndIsAudited()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);

        var result = await _host.Get<MemberDeskService>(scope).AddCallNoteAsync(_household.Id, new CallNoteInput { Text = "Adres gecorrigeerd na verhuizing." });

        Assert.True(result.Succeeded);
        var note = Assert.Single((await OpenAsync(scope)).CallNotes);
        Assert.Equal(("Sanne de Jong", VerifiedPurpose), (note.AuthorName, note.Caller));
        Assert.Equal(VerifiedPurpose, Assert.Single(await _host.EventsAsync(MembersEventTypes.CallNoteCreate)).PurposeOfUse);
    }

    [Fact]
    public async Task AddCallNote_WithoutACall_IsNotAllowed()
    {
        _host.User.As(Roles.CallCentre);
        await using var scope = _host.Scope();

        var result = await _host.Get<MemberDeskService>(scope).AddCallNoteAsync(_household.Id, new CallNoteInput { Text = "Tekst" });

        Assert.Equal(ResultStatus.Refused, result.Status);
    }

    [Fact]
    public async Task DeskSteps_ByTheFg_AreDenied()
    {
        _host.User.As(Roles.PrivacyOfficer);
        await using var scope = _host.Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.Get<MemberDeskService>(scope).AddCallNoteAsync(_household.Id, new CallNoteInput { Text = "Tekst" }));
    }
}
