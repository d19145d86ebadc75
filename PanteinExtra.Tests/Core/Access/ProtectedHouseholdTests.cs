using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Access;

/// <summary>Protected households ("break the glass"): only the FG marks them; an agent opens one only after stating a reason in the call.</summary>
public sealed class ProtectedHouseholdTests : CoreTestHost
{
    private const string Reason = "Lid belt zelf over de contributie van dit jaar";
    private Household _household = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _household = MemberBuilders.Household("Anne", null, "Bosman", "5912CD", 8, phone: "077-7654321");
        await using var db = RawDb();
        db.Households.Add(_household);
        await db.SaveChangesAsync();
    }

    private async Task ProtectAsync()
    {
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        var result = await Get<ProtectedHouseholdService>(scope).MarkAsync(_household.Id, new ProtectionInput { Kind = ProtectionKind.StaffMember, Note = "Collega" });
        Assert.True(result.Succeeded, result.Message);
        User.As(Roles.CallCentre, "Sanne de Jong");
    }

    [Fact]
    public async Task Agent_VerifiedCaller_OnAProtectedHousehold_IsRefusedTheDetails_UntilAReasonIsStated()
    {
        await ProtectAsync();
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _household.Id);

        var view = await Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.True(view.IsProtected);
        Assert.True(view.ReasonRequired);
        Assert.Null(view.Details);
        Assert.Equal(HouseholdSafeguards.ReasonRequired, view.Refusal);
        var note = await Get<MemberDeskService>(scope).AddCallNoteAsync(_household.Id, new CallNoteInput { Text = "Belt terug" });
        Assert.Equal(ResultStatus.Refused, note.Status);
        Assert.Equal(HouseholdSafeguards.ReasonRequired, note.Message);
    }

    [Fact]
    public async Task Agent_AfterStatingAReason_SeesTheDetails_AndTheReasonIsInTheAuditEvents()
    {
        await ProtectAsync();
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _household.Id);

        var stated = await Get<ProtectedHouseholdService>(scope).StateReasonAsync(_household.Id, new StatedReasonInput { Reason = Reason });
        var view = await Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.True(stated.Succeeded, stated.Message);
        Assert.NotNull(view.Details);
        Assert.Equal("077-7654321", view.Details!.Phone);
        await using var db = RawDb();
        var events = await db.AuditEvents.Where(e => e.SubjectHouseholdId == _household.Id).OrderBy(e => e.Sequence).ToListAsync();
        var statement = Assert.Single(events, e => e.EventType == ProtectionEventTypes.StateReason);
        Assert.Contains(Reason, statement.Details);
        var opened = events.Last(e => e.EventType == MembersEventTypes.HouseholdView);
        Assert.Contains(Reason, opened.Details);
        Assert.EndsWith(HouseholdSafeguards.ProtectedPurposeSuffix, opened.PurposeOfUse);
    }

    [Fact]
    public async Task StatedReason_DoesNotCarryOverToTheNextCall()
    {
        await ProtectAsync();
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _household.Id);
        await Get<ProtectedHouseholdService>(scope).StateReasonAsync(_household.Id, new StatedReasonInput { Reason = Reason });
        Get<CallerCheckService>(scope).EndCall();

        await VerifiedCallAsync(scope, _household.Id);
        var view = await Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.True(view.ReasonRequired);
        Assert.Null(view.Details);
    }

    [Fact]
    public async Task StatedReason_TooShort_IsRefusedWithADutchMessage()
    {
        await ProtectAsync();
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _household.Id);

        var result = await Get<ProtectedHouseholdService>(scope).StateReasonAsync(_household.Id, new StatedReasonInput { Reason = "even kijken" });

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal($"Reden moet minstens {ProtectionLimits.ReasonMinimum} tekens lang zijn.", result.ErrorFor(nameof(StatedReasonInput.Reason)));
        Assert.Null((await Get<HouseholdService>(scope).OpenAsync(_household.Id)).Details);
    }

    [Fact]
    public async Task StatedReason_WithoutACallerCheck_IsRefused()
    {
        await ProtectAsync();
        await using var scope = Scope();

        var result = await Get<ProtectedHouseholdService>(scope).StateReasonAsync(_household.Id, new StatedReasonInput { Reason = Reason });

        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Equal(HouseholdAccessRules.RecordCallerFirst, result.Message);
    }

    [Fact]
    public async Task UnprotectedHousehold_OpensWithoutAReason()
    {
        User.As(Roles.CallCentre);
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _household.Id);

        var view = await Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.False(view.IsProtected);
        Assert.False(view.ReasonRequired);
        Assert.NotNull(view.Details);
    }

    [Fact]
    public async Task Fg_Supervision_OfAProtectedHousehold_NeedsNoReason()
    {
        await ProtectAsync();
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();

        var view = await Get<HouseholdService>(scope).OpenAsync(_household.Id);

        Assert.True(view.IsProtected);
        Assert.NotNull(view.Details);
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.Administrator)]
    public async Task OnlyTheFg_MarksOrUnmarks_OthersAreRefusedAndAudited(string role)
    {
        User.As(role);
        await using var scope = Scope();
        var service = Get<ProtectedHouseholdService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.MarkAsync(_household.Id, new ProtectionInput()));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.UnmarkAsync(_household.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ListAsync());

        await using var db = RawDb();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => (e.EventType == ProtectionEventTypes.Mark || e.EventType == ProtectionEventTypes.Unmark) && e.Outcome == AuditOutcome.Denied));
        Assert.False(await db.ProtectedHouseholds.AnyAsync());
    }

    [Fact]
    public async Task OnlyAnAgent_StatesAReason()
    {
        await ProtectAsync();
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() => Get<ProtectedHouseholdService>(scope).StateReasonAsync(_household.Id, new StatedReasonInput { Reason = Reason }));
    }

    [Fact]
    public async Task Fg_MarksListsAndUnmarks_EachWriteAudited()
    {
        await ProtectAsync();
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var service = Get<ProtectedHouseholdService>(scope);

        var listed = Assert.Single(await service.ListAsync());
        Assert.Equal(_household.MemberNumber, listed.MemberNumber);
        Assert.Equal(ProtectionKind.StaffMember, listed.Kind);
        Assert.True((await service.UnmarkAsync(_household.Id)).Succeeded);
        Assert.Empty(await service.ListAsync());

        await using var db = RawDb();
        var writes = await db.AuditEvents.Where(e => e.TargetType == nameof(ProtectedHousehold)).Select(e => e.Action).ToListAsync();
        Assert.Contains(AuditAction.Create, writes);
        Assert.Contains(AuditAction.Delete, writes);
    }
}
