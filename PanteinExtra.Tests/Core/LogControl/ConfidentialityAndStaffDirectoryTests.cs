using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.LogControl;

/// <summary>The duty of confidentiality (no personal data without a current confirmation) and the FG's staff directory.</summary>
public sealed class ConfidentialityAndStaffDirectoryTests : CoreTestHost
{
    private const string Newcomer = "nieuwe-medewerker";
    private Household _household = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _household = MemberBuilders.Household("Piet", null, "Hendriks", "5913EF", 20, phone: "077-1112223");
        await using var db = RawDb();
        db.Households.Add(_household);
        await db.SaveChangesAsync();
    }

    private async Task AddNewcomerAsync(DateOnly? confirmedOn)
    {
        await using var db = RawDb();
        var entry = new StaffDirectoryEntry { UserId = Newcomer, Name = "Nieuwe Medewerker", Surname = "Medewerker" };
        if (confirmedOn is { } on)
        {
            entry.ConfirmConfidentiality(on);
        }

        db.StaffDirectory.Add(entry);
        await db.SaveChangesAsync();
    }

    private void SignInNewcomer()
    {
        User.As(Roles.CallCentre, "Nieuwe Medewerker");
        User.UserId = Newcomer;
    }

    [Fact]
    public async Task WithoutAConfirmation_TheHouseholdSearchAndDetailsAreRefusedInDutch_AndAudited()
    {
        await AddNewcomerAsync(null);
        SignInNewcomer();
        await using var scope = Scope();

        var open = await Assert.ThrowsAsync<RefusedException>(() => Get<HouseholdService>(scope).OpenAsync(_household.Id));
        var search = await Assert.ThrowsAsync<RefusedException>(() => Get<MemberSearchService>(scope).SearchAsync("Hendriks"));

        Assert.Equal(HouseholdSafeguards.ConfidentialityNotConfirmed, open.Message);
        Assert.Equal(HouseholdSafeguards.ConfidentialityNotConfirmed, search.Message);
        var access = await Get<HouseholdAccess>(scope).DecideAsync(_household.Id, HouseholdAccessNeed.TakeNote);
        Assert.Equal(HouseholdSafeguards.ConfidentialityNotConfirmed, access.Refusal);
        await using var db = RawDb();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.UserId == Newcomer && e.Outcome == AuditOutcome.Denied));
    }

    [Fact]
    public async Task AConfirmationOlderThanAYear_IsNoLongerCurrent()
    {
        await AddNewcomerAsync(DutchTime.Today(Clock).AddYears(-1));
        SignInNewcomer();
        await using var scope = Scope();

        Assert.False((await Get<ConfidentialityService>(scope).StatusAsync()).IsCurrent);
        await Assert.ThrowsAsync<RefusedException>(() => Get<HouseholdService>(scope).OpenAsync(_household.Id));
    }

    [Fact]
    public async Task AfterConfirming_TheEmployeeWorksAsUsual_AndTheDateIsKeptAndAudited()
    {
        await AddNewcomerAsync(DutchTime.Today(Clock).AddYears(-2));
        SignInNewcomer();
        await using var scope = Scope();

        var confirmed = await Get<ConfidentialityService>(scope).ConfirmAsync();
        await VerifiedCallAsync(scope, _household.Id);
        var view = await Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.True(confirmed.Succeeded, confirmed.Message);
        Assert.Equal("077-1112223", view.Details!.Phone);
        await using var db = RawDb();
        Assert.Equal(DutchTime.Today(Clock), (await db.StaffDirectory.SingleAsync(s => s.UserId == Newcomer)).ConfidentialityConfirmedOn);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.UserId == Newcomer && e.EventType == ConfidentialityEventTypes.Confirm && e.Outcome == AuditOutcome.Success));
    }

    [Fact]
    public async Task AnEmployeeNotInTheDirectory_CannotConfirm_AndIsToldWhy()
    {
        SignInNewcomer();
        await using var scope = Scope();

        var result = await Get<ConfidentialityService>(scope).ConfirmAsync();

        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Equal(ConfidentialityService.NotInDirectory, result.Message);
    }

    [Fact]
    public async Task Fg_SeesEachEmployeesConfirmationDate_AndEditsTheirFacts()
    {
        await AddNewcomerAsync(null);
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var directory = Get<StaffDirectoryService>(scope);
        var newcomer = (await directory.ListAsync()).Single(r => r.UserId == Newcomer);

        var saved = await directory.SaveAsync(newcomer.Id, new StaffDirectoryInput { UserId = Newcomer, Name = "Nieuwe Medewerker", Surname = "Hendriks", Postcode = "5913 ef", HouseNumber = 20 });

        Assert.True(saved.Succeeded, saved.Message);
        var rows = await directory.ListAsync();
        Assert.False(rows.Single(r => r.UserId == Newcomer).ConfidentialityCurrent);
        Assert.Null(rows.Single(r => r.UserId == Newcomer).ConfidentialityConfirmedOn);
        Assert.Equal(DutchTime.Today(Clock), rows.Single(r => r.UserId == "test-callcentre").ConfidentialityConfirmedOn);
        var corrected = rows.Single(r => r.UserId == Newcomer);
        Assert.Equal(("Hendriks", "5913EF", 20), (corrected.Surname, corrected.Postcode, corrected.HouseNumber));
        await using var db = RawDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == StaffDirectoryEventTypes.Edit && e.Outcome == AuditOutcome.Success));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == StaffDirectoryEventTypes.View));
    }

    [Fact]
    public async Task Fg_BadPostcodeOrAHouseNumberWithoutPostcode_GetsDutchMessagesNextToTheFields()
    {
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var directory = Get<StaffDirectoryService>(scope);

        var badPostcode = await directory.SaveAsync(null, new StaffDirectoryInput { UserId = "x", Name = "X", Surname = "X", Postcode = "59", HouseNumber = 1 });
        var noPostcode = await directory.SaveAsync(null, new StaffDirectoryInput { UserId = "x", Name = "X", Surname = "X", HouseNumber = 1 });
        var duplicate = await directory.SaveAsync(null, new StaffDirectoryInput { UserId = "test-callcentre", Name = "X", Surname = "X" });

        Assert.Equal("Vul een geldige postcode in: vier cijfers en twee letters, bijv. 6511 AB.", badPostcode.ErrorFor(nameof(StaffDirectoryInput.Postcode)));
        Assert.Equal("Vul bij het huisnummer ook de postcode in.", noPostcode.ErrorFor(nameof(StaffDirectoryInput.Postcode)));
        Assert.Equal("Er staat al een medewerker met dit gebruikers-id in het personeelsoverzicht.", duplicate.ErrorFor(nameof(StaffDirectoryInput.UserId)));
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.Administrator)]
    public async Task OnlyTheFg_ReadsOrEditsTheDirectory(string role)
    {
        User.As(role);
        await using var scope = Scope();
        var directory = Get<StaffDirectoryService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => directory.ListAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => directory.SaveAsync(null, new StaffDirectoryInput { UserId = "x", Name = "X", Surname = "X" }));
        await using var db = RawDb();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.EventType.StartsWith("StaffDirectory") && e.Outcome == AuditOutcome.Denied));
    }
}
