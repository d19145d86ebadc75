using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Members;

public sealed class HouseholdServiceTests : IAsyncLifetime
{
    private readonly MembersTestHost _host = new();
    private Household _household = default!;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _household = MemberBuilders.Household("Jan", "de", "Vries", phone: "077-1234567")
            .WithHousemate("Truus", "de Vries")
            .WithContactPerson("Els de Vries", ContactPersonPermissions.ReceiveInformation);
        await _host.AddAsync(_household);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Open_WithoutCallerCheck_GivesAgentTheLimitedView()
    {
        _host.User.As(Roles.CallCentre);
        await using var scope = _host.Scope();

        var view = await _host.Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.True(view.IsLimited);
        Assert.Null(view.Details);
        Assert.Equal("Jan de Vries", view.Summary.MainMemberName);
        var opened = Assert.Single(await _host.EventsAsync(MembersEventTypes.HouseholdView));
        Assert.Contains("\"view\":\"beperkt\"", opened.Details);
        Assert.Equal(HouseholdService.BeforeCallerCheckPurpose, opened.PurposeOfUse);
    }

    [Fact]
    public async Task Open_AfterVerifiedCallerCheck_GivesEverything_AndCarriesThePurposeOfUse()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);

        var view = await _host.Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.False(view.IsLimited);
        Assert.Equal(2, view.Details!.Persons.Count);
        Assert.Equal(PersonRole.MainMember, view.Details.Persons[0].Role);
        Assert.Single(view.Details.ContactPersons);
        var opened = Assert.Single(await _host.EventsAsync(MembersEventTypes.HouseholdView));
        Assert.Equal("telefonisch contact: lid zelf, geverifieerd (geboortedatum en postcode)", opened.PurposeOfUse);
        Assert.Equal(_household.Id, opened.SubjectHouseholdId);
        var check = Assert.Single(await _host.EventsAsync(MembersEventTypes.CallerCheck));
        Assert.Equal(opened.PurposeOfUse, check.PurposeOfUse);
        Assert.Contains("\"verified\":true", check.Details);
    }

    [Fact]
    public async Task Open_AfterUnverifiedCheck_StaysLimited_WithTheReason()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id, CallerKind.Member, IdentityChecks.MemberNumber);

        var view = await _host.Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.True(view.IsLimited);
        Assert.NotNull(view.Caller!.Problem);
        Assert.Equal("telefonisch contact: lid zelf, niet geverifieerd", Assert.Single(await _host.EventsAsync(MembersEventTypes.HouseholdView)).PurposeOfUse);
    }

    [Fact]
    public async Task CallerCheck_ForAnotherHousehold_DoesNotOpenThisOne()
    {
        var other = MemberBuilders.Household("Kees", null, "Smit");
        await _host.AddAsync(other);
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, other.Id);

        var view = await _host.Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.True(view.IsLimited);
    }

    [Fact]
    public async Task CallerCheck_ByRegisteredContactPerson_UsesTheirPermissions()
    {
        await using var scope = _host.Scope();
        var contactId = _household.ContactPersons[0].Id;

        var result = await _host.CallAsync(scope, _household.Id, CallerKind.ContactPerson, IdentityChecks.CallBackToKnownNumber, contactId);

        Assert.True(result.IsVerified);
        Assert.False(result.MayChangeDetails);
    }

    [Fact]
    public async Task Open_ByTheFg_IsFullSupervision()
    {
        _host.User.As(Roles.PrivacyOfficer);
        await using var scope = _host.Scope();

        var view = await _host.Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.False(view.IsLimited);
        Assert.Equal(HouseholdService.SupervisionPurpose, Assert.Single(await _host.EventsAsync(MembersEventTypes.HouseholdView)).PurposeOfUse);
    }

    [Fact]
    public async Task Open_ByAnAdministrator_IsDenied()
    {
        _host.User.As(Roles.Administrator);
        await using var scope = _host.Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.Get<HouseholdService>(scope).OpenAsync(_household.Id));
        Assert.Equal(AuditOutcome.Denied, Assert.Single(await _host.EventsAsync(MembersEventTypes.HouseholdView)).Outcome);
    }

    [Fact]
    public async Task CallerCheck_ByTheFg_IsDenied()
    {
        _host.User.As(Roles.PrivacyOfficer);
        await using var scope = _host.Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            _host.Get<CallerCheckService>(scope).RecordAsync(_household.Id, new CallerCheckInput(CallerKind.Member, IdentityChecks.CallBackToKnownNumber)));
    }

    [Fact]
    public async Task Open_UnknownHousehold_IsNotFound()
    {
        _host.User.As(Roles.PrivacyOfficer);
        await using var scope = _host.Scope();

        await Assert.ThrowsAsync<NotFoundException>(() => _host.Get<HouseholdService>(scope).OpenAsync(Guid.NewGuid()));
    }
}
