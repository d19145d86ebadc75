using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Retention.Kinds;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Consent;

/// <summary>The consent receipt's retention is the Summary of a retention policy, the same sentence the register shows.</summary>
public sealed class ConsentReceiptRetentionTests : CoreTestHost
{
    private TestHousehold _home = default!;

    /// <summary>The default retention policies, as on every start.</summary>
    protected override bool SeedReferenceData => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(this);
        _home = await ConsentTestData.SeedHouseholdAsync(this);
    }

    private async Task<Dictionary<string, string>> RetentionByPurposeAsync()
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.Household.Id);
        var json = ConsentReceiptJson.Serialize(await Get<ConsentReceiptService>(scope).ExportAsync(_home.Main.Id));
        return JsonDocument.Parse(json).RootElement.GetProperty("records").EnumerateArray().ToDictionary(
            r => r.GetProperty("record_id").GetString()!.Split(':')[^1],
            r => r.GetProperty("processing").GetProperty("retention_period").GetString()!);
    }

    private async Task GiveAsync(ConsentPurpose purpose)
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.Household.Id);
        var given = await Get<ConsentService>(scope).GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone));
        Assert.True(given.Succeeded, given.Message);
    }

    [Fact]
    public async Task Receipt_WithoutALinkedActivity_StatesTheConsentRecordsPolicy_NotItsOwnConstant()
    {
        var newsletter = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);
        await GiveAsync(newsletter);

        var retention = (await RetentionByPurposeAsync())["nieuwsbrief"];

        await using var db = RawDb();
        var consentPolicy = await db.RetentionPolicies.AsNoTracking().SingleAsync(p => p.RecordKind == ConsentRecordKind.KindKey);
        Assert.Equal(consentPolicy.Summary, retention);
        Assert.NotEqual(new ConsentReceiptIssuer().RetentionPeriod, retention);
    }

    [Fact]
    public async Task Receipt_ForANewsletterLinkedToTheRegister_StatesWhatTheRegisterShows_TheActivitysPolicy()
    {
        var newsletter = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);
        Guid activityId;
        await using (var db = RawDb())
        {
            var subscriptions = await db.RetentionPolicies.AsNoTracking().SingleAsync(p => p.RecordKind == EndDatedRecordKinds.Subscription.Key);
            User.As(Roles.Administrator, "Ingrid Visser");
            await using var scope = Scope();
            var activity = await Get<RegisterService>(scope).CreateAsync(new ActivityContent
            {
                Name = "Nieuwsbrief en online magazine",
                LegalBasis = LegalBasis.Consent,
                RetentionPolicyId = subscriptions.Id,
            });
            Assert.True(activity.Succeeded, activity.Message);
            activityId = activity.Value!.Id;
            var linked = await Get<ConsentPurposeService>(scope).LinkActivityAsync(newsletter.Id, newsletter.ConcurrencyStamp, activityId);
            Assert.True(linked.Succeeded, linked.Message);
        }

        await GiveAsync(newsletter);
        var retention = (await RetentionByPurposeAsync())["nieuwsbrief"];

        User.As(Roles.PrivacyOfficer);
        await using var read = Scope();
        var shown = (await Get<RegisterService>(read).GetAsync(activityId)).Display(RegisterField.RetentionPeriod);
        Assert.Equal(shown, retention);
        Assert.Equal("1 jaar na einddatum; daarna verwijderd (strikt noodzakelijk)", retention);
    }
}
