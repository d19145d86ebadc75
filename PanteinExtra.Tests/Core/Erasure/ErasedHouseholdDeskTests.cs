using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Tests.Core.Members;

namespace PanteinExtra.Tests.Core.Erasure;

/// <summary>
/// Issue 11 point 5: a household whose data was erased no longer opens at the desk with what was kept of it (the
/// restricted contributions); searching by its kept member number and opening it show only that the membership ended
/// and the data was erased, and every attempt is audited with its purpose.
/// </summary>
public sealed class ErasedHouseholdDeskTests : IAsyncLifetime
{
    private static readonly DateOnly EndedOn = new(2026, 2, 20);
    private const string Notice = "Lidmaatschap beëindigd op 20 februari 2026, gegevens gewist";

    private readonly MembersTestHost _host = new();
    private Household _erased = default!;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _erased = MemberBuilders.Household("Johanna", "van der", "Bilt", phone: "077-1234567")
            .WithContactPerson("Els van der Bilt", ContactPersonPermissions.ReceiveInformation);
        _erased.Contributions.Add(new Contribution { HouseholdId = _erased.Id, Year = 2025, AmountDue = 27.50m, AmountPaid = 27.50m, PaidOn = new DateOnly(2025, 3, 1) });
        await _host.AddAsync(_erased);
        await using var db = _host.RawDb();
        var household = await db.Households.Include(h => h.Persons).SingleAsync(h => h.Id == _erased.Id);
        household.EndMembership(EndedOn);
        household.Anonymise(EndedOn.AddDays(1));
        household.Persons.ForEach(p => p.Anonymise());
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Search_ByTheKeptMemberNumber_ShowsOnlyThatTheMembershipEndedAndTheDataWasErased()
    {
        _host.User.As(Roles.CallCentre);
        await using var scope = _host.Scope();

        var result = await _host.Get<MemberSearchService>(scope).SearchAsync(_erased.MemberNumber);

        var row = Assert.Single(result.Rows);
        Assert.True(row.IsErased);
        Assert.Equal(Notice, row.Name);
        Assert.Equal("", row.City);
    }

    [Fact]
    public async Task Open_ByAnAgent_GivesOnlyTheErasedNotice_NotTheKeptContributions_AndIsAudited()
    {
        _host.User.As(Roles.CallCentre);
        await using var scope = _host.Scope();

        var view = await _host.Get<HouseholdService>(scope).OpenAsync(_erased.Id);

        Assert.Equal(new ErasedHousehold(_erased.Id, _erased.MemberNumber, EndedOn), view.Erased);
        Assert.Equal(Notice, view.Erased!.Notice);
        Assert.Null(view.Details);
        Assert.Empty(view.ContactPersonChoices);
        Assert.Equal("", view.Summary.City);
        Assert.True(view.IsReadOnly);
        var opened = Assert.Single(await _host.EventsAsync(MembersEventTypes.HouseholdView));
        Assert.Contains("\"view\":\"gewist\"", opened.Details);
        Assert.Equal(HouseholdService.BeforeCallerCheckPurpose, opened.PurposeOfUse);
        Assert.Equal(_erased.Id, opened.SubjectHouseholdId);
    }

    [Fact]
    public async Task Open_ByTheFg_GivesOnlyTheErasedNotice_UnderSupervision()
    {
        _host.User.As(Roles.PrivacyOfficer);
        await using var scope = _host.Scope();

        var view = await _host.Get<HouseholdService>(scope).OpenAsync(_erased.Id);

        Assert.NotNull(view.Erased);
        Assert.Null(view.Details);
        var opened = Assert.Single(await _host.EventsAsync(MembersEventTypes.HouseholdView));
        Assert.Equal(HouseholdAccessRules.SupervisionPurpose, opened.PurposeOfUse);
    }

    [Fact]
    public async Task CallerCheck_OnAnErasedHousehold_IsRefused_AndAuditedAsDenied()
    {
        await using var scope = _host.Scope();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => _host.CallAsync(scope, _erased.Id));

        Assert.Equal(HouseholdAccessRules.Erased, refused.Message);
        var check = Assert.Single(await _host.EventsAsync(MembersEventTypes.CallerCheck));
        Assert.Equal(AuditOutcome.Denied, check.Outcome);
    }

    [Fact]
    public async Task OtherHouseholdReads_OfAnErasedHousehold_AreRefused_AndAuditedAsDenied()
    {
        _host.User.As(Roles.PrivacyOfficer);
        await using var scope = _host.Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.Get<RequestService>(scope).ForHouseholdAsync(_erased.Id));

        var denied = Assert.Single(await _host.EventsAsync(RequestEventTypes.View));
        Assert.Equal(AuditOutcome.Denied, denied.Outcome);
        Assert.Equal(HouseholdAccessRules.SupervisionPurpose, denied.PurposeOfUse);
    }
}
