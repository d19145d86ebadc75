using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Core.Requests;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Access;

/// <summary>Every Core operation on a household's or person's data refuses an agent without a caller check for that household.</summary>
public sealed class HouseholdAccessEnforcementTests : CoreTestHost
{
    private RequestTestHousehold _a = default!;
    private RequestTestHousehold _b = default!;
    private ConsentPurpose _sharing = default!;
    private PanteinExtra.Core.Referrals.ServiceProvider _provider = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(this);
        _a = await RequestTestHousehold.CreateAsync(this);
        _b = await RequestTestHousehold.CreateAsync(this);
        _sharing = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.ReferralSharing);
        _provider = await ConsentTestData.ProviderAsync(this, "Thuiszorg Maasland");
        User.As(Roles.CallCentre);
    }

    /// <summary>A scope in which the agent verified a caller for household A only.</summary>
    private async Task<AsyncServiceScope> CallAboutAAsync()
    {
        var scope = Scope();
        await VerifiedCallAsync(scope, _a.HouseholdId);
        return scope;
    }

    private ConsentDecisionInput Decision(RequestTestHousehold home) => new(home.MainMemberId, _sharing.Id, ConsentChannel.Phone);

    [Fact]
    public async Task Reads_OfHouseholdB_AreRefused_WithACallerCheckForHouseholdAOnly()
    {
        await using var scope = await CallAboutAAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => Get<ConsentService>(scope).GetHouseholdAsync(_b.HouseholdId));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<ConsentService>(scope).GetStatesAtAsync(_b.HouseholdId, DateTime.UtcNow));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<ConsentReceiptService>(scope).ExportAsync(_b.MainMemberId));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<ReferralService>(scope).GetHouseholdAsync(_b.HouseholdId));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<ReferralService>(scope).PreviewAsync(_b.MainMemberId, _provider.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<ReferralService>(scope).RecipientsOfAsync(_b.MainMemberId));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RequestService>(scope).ForHouseholdAsync(_b.HouseholdId));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RequestService>(scope).IntakeHouseholdAsync(_b.HouseholdId));
        var desk = await Get<HouseholdService>(scope).OpenAsync(_b.HouseholdId);
        Assert.True(desk.IsLimited);
        Assert.Null(desk.Details);

        await using var db = RawDb();
        var denied = await db.AuditEvents.Where(e => e.Outcome == AuditOutcome.Denied).ToListAsync();
        Assert.Equal(8, denied.Count);
        Assert.All(denied, e => Assert.Equal(_b.HouseholdId, e.SubjectHouseholdId));
        Assert.All(denied, e => Assert.Equal(HouseholdAccessRules.NoGroundPurpose, e.PurposeOfUse));
    }

    [Fact]
    public async Task Changes_ToHouseholdB_AreRefused_AndNothingIsStored()
    {
        HouseholdDetails details;
        await using (var b = Scope())
        {
            await VerifiedCallAsync(b, _b.HouseholdId);
            details = (await Get<HouseholdService>(b).OpenAsync(_b.HouseholdId)).Details!;
        }

        await using var scope = await CallAboutAAsync();
        var desk = Get<MemberDeskService>(scope);
        var results = new[]
        {
            await desk.UpdateContactDetailsAsync(_b.HouseholdId, ContactDetailsInput.From(details)),
            await desk.UpdatePersonAsync(_b.HouseholdId, PersonInput.From(details.Persons[0])),
            await desk.ChangeSubscriptionAsync(_b.HouseholdId, new SubscriptionChange(SubscriptionKind.Newsletter, _b.MainMemberId, Subscribe: true)),
            await desk.RegisterFeedbackAsync(_b.HouseholdId, new FeedbackInput { Subject = "Klacht over de bezorging" }),
            await desk.AddCallNoteAsync(_b.HouseholdId, new CallNoteInput { Text = "Belde over de pas." }),
            (await Get<ConsentService>(scope).GiveAsync(Decision(_b))).Outcome,
            (await Get<ConsentService>(scope).WithdrawAsync(Decision(_b))).Outcome,
            (await Get<ReferralService>(scope).ReferAsync(new ReferralInput(_b.MainMemberId, _provider.Id, _provider.Services[0]))).Outcome,
        };

        Assert.All(results, r => Assert.Equal(ResultStatus.Refused, r.Status));
        Assert.All(results, r => Assert.Equal(HouseholdAccessRules.RecordCallerFirst, r.Message));
        await using var db = RawDb();
        Assert.False(await db.ConsentEvents.AnyAsync());
        Assert.False(await db.CallNotes.AnyAsync());
        Assert.False(await db.Feedback.AnyAsync());
        Assert.False(await db.Referrals.AnyAsync());
    }

    [Fact]
    public async Task ClosingAReferral_WithoutACallerCheckForItsHousehold_IsRefused()
    {
        Guid referralId;
        Guid stamp;
        await using (var scope = await CallAboutAAsync())
        {
            Assert.True((await Get<ConsentService>(scope).GiveAsync(Decision(_a))).Succeeded);
            var made = await Get<ReferralService>(scope).ReferAsync(new ReferralInput(_a.MainMemberId, _provider.Id, _provider.Services[0]));
            referralId = made.Value!.ReferralId;
            stamp = (await Get<ReferralService>(scope).GetHouseholdAsync(_a.HouseholdId)).Referrals.Single().ConcurrencyStamp;
        }

        await using var other = Scope();
        var result = await Get<ReferralService>(other).CloseAsync(referralId, stamp, ReferralStatus.Cancelled);

        Assert.Equal(ResultStatus.Refused, result.Status);
        await using var db = RawDb();
        Assert.Equal(ReferralStatus.Open, (await db.Referrals.SingleAsync()).Status);
    }

    [Fact]
    public async Task ACallerCheckForHouseholdA_NeverLabelsEventsAboutHouseholdB()
    {
        await using (var scope = await CallAboutAAsync())
        {
            await Get<HouseholdService>(scope).OpenAsync(_a.HouseholdId);
            await Get<HouseholdService>(scope).OpenAsync(_b.HouseholdId);
            await Get<MemberDeskService>(scope).AddCallNoteAsync(_b.HouseholdId, new CallNoteInput { Text = "Notitie" });
            await Assert.ThrowsAsync<ForbiddenException>(() => Get<ConsentService>(scope).GetHouseholdAsync(_b.HouseholdId));
        }

        await using var db = RawDb();
        var aboutB = await db.AuditEvents.Where(e => e.SubjectHouseholdId == _b.HouseholdId).ToListAsync();
        Assert.NotEmpty(aboutB);
        Assert.All(aboutB, e => Assert.NotEqual(VerifiedCallPurpose, e.PurposeOfUse));
        Assert.All(aboutB, e => Assert.False(string.IsNullOrEmpty(e.PurposeOfUse)));
        Assert.Contains(await db.AuditEvents.Where(e => e.SubjectHouseholdId == _a.HouseholdId).ToListAsync(), e => e.PurposeOfUse == VerifiedCallPurpose);
    }
}
