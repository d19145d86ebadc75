using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

public sealed class ErasureServiceTests : CoreTestHost
{
    private RequestTestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _home = await RequestTestHousehold.CreateAsync(this);
        var today = DutchTime.Today(Clock);
        await using var db = RawDb();
        db.AddRange(
            new Contribution { HouseholdId = _home.HouseholdId, Year = today.Year - 1, AmountDue = 27.50m, AmountPaid = 27.50m, PaidOn = today.AddMonths(-10) },
            new Subscription { HouseholdId = _home.HouseholdId, PersonId = _home.HousemateId, Kind = SubscriptionKind.Newsletter, StartDate = today.AddYears(-1), Channel = ContactChannel.Email },
            new CallNote { HouseholdId = _home.HouseholdId, CreatedAtUtc = Clock.GetUtcNow().UtcDateTime, AuthorUserId = "x", AuthorName = "Sanne", Text = "Belde over de pas van mevrouw Van der Berg" });
        await db.SaveChangesAsync();
        User.As(Roles.PrivacyOfficer);
    }

    private async Task<Guid> ErasureInProgressAsync(Guid personId)
    {
        await using var scope = Scope();
        return await _home.InProgressAsync(Get<RequestService>(scope), RequestType.Erasure, DutchTime.Today(Clock), personId);
    }

    [Fact]
    public async Task ErasureOfTheMainMember_AnonymisesTheHousehold_KeepsAndRestrictsTheFiscalRecords_AndSaysWhy()
    {
        var id = await ErasureInProgressAsync(_home.MainMemberId);
        await using var scope = Scope();

        var result = await Get<ErasureService>(scope).EraseAsync(id);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("artikel 52 AWR", result.Message);
        Assert.Contains("Bewaard: 1 contributieregel met het lidnummer", result.Message);
        await using var db = RawDb();
        var household = await db.Households.SingleAsync(h => h.Id == _home.HouseholdId);
        Assert.Equal("", household.Street);
        Assert.Equal("6511", household.Postcode);
        Assert.Equal(MembershipStatus.Ended, household.Status);
        Assert.DoesNotContain(await db.Persons.Where(p => p.HouseholdId == _home.HouseholdId).ToListAsync(), p => p.LastName == "Berg");
        Assert.Empty(await db.ContactPersons.Where(c => c.HouseholdId == _home.HouseholdId).ToListAsync());
        Assert.Empty(await db.CallNotes.Where(c => c.HouseholdId == _home.HouseholdId).ToListAsync());
        Assert.Single(await db.Contributions.Where(c => c.HouseholdId == _home.HouseholdId).ToListAsync());
        Assert.True(await Get<RestrictionPolicy>(scope).IsRestrictedAsync(_home.HouseholdId));
    }

    [Fact]
    public async Task ErasureOfTheMainMember_KeepsTheRepliesAddresseeWithTheRequest_SoTheConfirmationIsAddressed()
    {
        var id = await ErasureInProgressAsync(_home.MainMemberId);
        await using var scope = Scope();
        var requests = Get<RequestService>(scope);
        var before = (await requests.GetAsync(id)).Summary;
        Assert.True((await requests.AddressAsAsync(id, new FormOfAddressInput { Form = FormOfAddress.Madam, ConcurrencyStamp = before.ConcurrencyStamp })).Succeeded);

        var erased = await Get<ErasureService>(scope).EraseAsync(id);
        Assert.True(erased.Succeeded, erased.Message);
        var details = await requests.GetAsync(id);
        Assert.True((await requests.MoveAsync(id, RequestStatus.Completed, new StatusChangeInput { ConcurrencyStamp = details.Summary.ConcurrencyStamp, Outcome = erased.Message })).Succeeded);
        var letter = await requests.DraftLetterAsync(id, LetterKind.Completed);

        Assert.StartsWith("Mevrouw Johanna van der Berg\nKerkstraat 12\n6511 AB  Nijmegen\n\n", letter);
        Assert.Contains("Geachte mevrouw Van der Berg,", letter);
        Assert.DoesNotContain(Person.AnonymisedName, letter);
        Assert.Contains("Gewist of onherkenbaar gemaakt", letter);
        await using var db = RawDb();
        Assert.Equal("", (await db.Households.SingleAsync(h => h.Id == _home.HouseholdId)).Street);
        var request = await db.DataSubjectRequests.SingleAsync(r => r.Id == id);
        Assert.Equal("Johanna van der Berg", request.ReplyName);
        Assert.Equal("Kerkstraat 12\n6511 AB  Nijmegen", request.ReplyAddress);
        var audit = await db.AuditEvents.Where(e => e.TargetId == id.ToString() && e.EventType == "DataSubjectRequest:Update").Select(e => e.Details).ToListAsync();
        Assert.DoesNotContain(audit, d => d != null && d.Contains("Kerkstraat"));
        Assert.True((await requests.GetAsync(id)).Erased);
    }

    [Fact]
    public async Task Erasure_CarriedOutOnce_IsRefusedASecondTime_AndKeepsTheFirstAddressee()
    {
        var id = await ErasureInProgressAsync(_home.MainMemberId);
        await using var scope = Scope();
        Assert.True((await Get<ErasureService>(scope).EraseAsync(id)).Succeeded);

        var again = await Get<ErasureService>(scope).EraseAsync(id);

        Assert.Equal(ResultStatus.Refused, again.Status);
        await using var db = RawDb();
        Assert.Equal("Johanna van der Berg", (await db.DataSubjectRequests.SingleAsync(r => r.Id == id)).ReplyName);
    }

    [Fact]
    public async Task ErasureOfAHousemate_KeepsTheirNameForTheReply_AndTheListStillFindsTheRequest()
    {
        var id = await ErasureInProgressAsync(_home.HousemateId);
        await using var scope = Scope();

        Assert.True((await Get<ErasureService>(scope).EraseAsync(id)).Succeeded);

        var details = await Get<RequestService>(scope).GetAsync(id);
        Assert.Equal("Kees van der Berg", details.Addressee!.Name);
        Assert.Contains("Geachte heer, mevrouw,", await Get<RequestService>(scope).DraftLetterAsync(id, LetterKind.Completed));
        var row = Assert.Single((await Get<RequestService>(scope).ListAsync(RequestListView.Open)).Items);
        Assert.Equal("Kees van der Berg", row.PersonName);
    }

    [Fact]
    public async Task ErasureOfAHousemate_RemovesThatPersonOnly()
    {
        var id = await ErasureInProgressAsync(_home.HousemateId);
        await using (var arrange = RawDb())
        {
            var householdId = await arrange.Persons.Where(p => p.Id == _home.HousemateId).Select(p => p.HouseholdId).SingleAsync();
            var course = await Courses.CourseTestData.AddAsync(arrange, Courses.CourseTestData.Input(new DateOnly(2026, 3, 2), meal: true));
            arrange.CourseRegistrations.Add(PanteinExtra.Core.Courses.CourseRegistration.SignUp(course, householdId, _home.HousemateId, 0, "halal", DateTime.UtcNow));
            await arrange.SaveChangesAsync();
        }

        await using var scope = Scope();

        var result = await Get<ErasureService>(scope).EraseAsync(id);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("1 persoonlijk abonnement, 0 registraties voor de collectiviteitskorting en 1 aanmelding voor cursussen", result.Message);
        await using var db = RawDb();
        Assert.False(await db.CourseRegistrations.AnyAsync());
        Assert.False(await db.Persons.AnyAsync(p => p.Id == _home.HousemateId));
        Assert.True(await db.Persons.AnyAsync(p => p.Id == _home.MainMemberId && p.LastName == "Berg"));
        Assert.False(await db.Subscriptions.AnyAsync(s => s.PersonId == _home.HousemateId));
        var details = await Get<RequestService>(scope).GetAsync(id);
        Assert.Contains(details.Timeline, e => e.Kind == TimelineEntryKind.Decision && e.Text!.StartsWith("Gewist"));
    }

    [Fact]
    public async Task Erasure_BeforeTheRequestIsInProgress_IsRefused()
    {
        await using var scope = Scope();
        var r = (await Get<RequestService>(scope).RegisterAsync(_home.Input(RequestType.Erasure, DutchTime.Today(Clock)))).Value!;

        var result = await Get<ErasureService>(scope).EraseAsync(r.Id);

        Assert.Equal(ResultStatus.Refused, result.Status);
        await using var db = RawDb();
        Assert.True(await db.Persons.AnyAsync(p => p.Id == _home.MainMemberId && p.LastName == "Berg"));
    }

    [Fact]
    public async Task Erasure_ByTheCallCentre_IsRefused()
    {
        var id = await ErasureInProgressAsync(_home.MainMemberId);
        User.As(Roles.CallCentre);
        await using var scope = Scope();
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<ErasureService>(scope).EraseAsync(id));
    }
}
