using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.LogControl;

/// <summary>The rules about the ground of an access, on crafted events: one case each must flag, one it must leave alone.</summary>
public sealed class AccessGroundRulesTests : CoreTestHost
{
    private const string Agent = "Sanne de Jong";

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton(new LogControlOptions { BulkDownloadThreshold = 3, VolumeMinimum = 1000, FishingMinimumSearches = 1000 });

    [Fact]
    public async Task NoLawfulGround_AFullViewWithoutACallerCheck_IsAFinding()
    {
        var household = await HouseholdAsync();
        await RecordAsync(Roles.CallCentre, MembersEventTypes.HouseholdView, AuditAction.View, household, "telefonisch contact: lid zelf, geverifieerd", Full);

        var finding = Assert.Single(await RunAsync(), f => f.Rule == ControlRule.NoLawfulGround);
        Assert.Equal(Agent, finding.UserName);
        Assert.Contains(household.ToString(), finding.HouseholdIds);
        Assert.Single(finding.Evidence);
    }

    [Fact]
    public async Task NoLawfulGround_AFullViewAfterAVerifiedCallerCheck_IsNoFinding()
    {
        var household = await HouseholdAsync();
        await RecordAsync(Roles.CallCentre, MembersEventTypes.CallerCheck, AuditAction.Create, household, "telefonisch contact", new() { ["verified"] = true });
        await RecordAsync(Roles.CallCentre, MembersEventTypes.HouseholdView, AuditAction.View, household, "telefonisch contact: lid zelf, geverifieerd", Full);

        Assert.DoesNotContain(await RunAsync(), f => f.Rule == ControlRule.NoLawfulGround);
    }

    [Fact]
    public async Task NoLawfulGround_AnUnverifiedCallerCheck_IsNoGroundForAFullView()
    {
        var household = await HouseholdAsync();
        await RecordAsync(Roles.CallCentre, MembersEventTypes.CallerCheck, AuditAction.Create, household, "telefonisch contact", new() { ["verified"] = false });
        await RecordAsync(Roles.CallCentre, MembersEventTypes.HouseholdView, AuditAction.View, household, "telefonisch contact", Full);

        Assert.Contains(await RunAsync(), f => f.Rule == ControlRule.NoLawfulGround);
    }

    [Fact]
    public async Task NoLawfulGround_AFullViewForAnOpenRequest_IsNoFinding()
    {
        var household = await HouseholdAsync();
        var request = await RequestAsync(household);
        await RecordAsync(Roles.PrivacyOfficer, MembersEventTypes.HouseholdView, AuditAction.View, household, request.PurposeOfUse, Full);

        Assert.DoesNotContain(await RunAsync(), f => f.Rule == ControlRule.NoLawfulGround);
    }

    [Fact]
    public async Task NoLawfulGround_AFullViewNamingARequestOfAnotherHousehold_IsAFinding()
    {
        var household = await HouseholdAsync();
        var request = await RequestAsync(await HouseholdAsync());
        await RecordAsync(Roles.PrivacyOfficer, MembersEventTypes.HouseholdView, AuditAction.View, household, request.PurposeOfUse, Full);

        Assert.Contains(await RunAsync(), f => f.Rule == ControlRule.NoLawfulGround);
    }

    [Fact]
    public async Task NoLawfulGround_TheFgsSupervisionAndLimitedViews_AreNoFinding()
    {
        var household = await HouseholdAsync();
        await RecordAsync(Roles.PrivacyOfficer, MembersEventTypes.HouseholdView, AuditAction.View, household, HouseholdAccessRules.SupervisionPurpose, Full);
        await RecordAsync(Roles.CallCentre, MembersEventTypes.HouseholdView, AuditAction.View, household, HouseholdService.BeforeCallerCheckPurpose, new() { ["view"] = "beperkt" });

        Assert.DoesNotContain(await RunAsync(), f => f.Rule == ControlRule.NoLawfulGround);
    }

    [Fact]
    public async Task BulkDownloads_MoreThanTheThresholdInADay_IsAFinding()
    {
        var household = await HouseholdAsync();
        for (var i = 0; i < 4; i++)
        {
            await RecordAsync(Roles.CallCentre, "Consent:Export", AuditAction.Export, household, "telefonisch contact", null);
        }

        var finding = Assert.Single(await RunAsync(), f => f.Rule == ControlRule.BulkDownloads);
        Assert.Equal(4, finding.Evidence.Count);
    }

    [Fact]
    public async Task BulkDownloads_UpToTheThreshold_OrExportsOfTheRegister_AreNoFinding()
    {
        var household = await HouseholdAsync();
        for (var i = 0; i < 3; i++)
        {
            await RecordAsync(Roles.CallCentre, "Consent:Export", AuditAction.Export, household, "telefonisch contact", null);
        }

        for (var i = 0; i < 5; i++)
        {
            await RecordAsync(Roles.CallCentre, PanteinExtra.Core.Register.RegisterEventTypes.Export, AuditAction.Export, null, null, null);
        }

        Assert.DoesNotContain(await RunAsync(), f => f.Rule == ControlRule.BulkDownloads);
    }

    [Fact]
    public async Task ProtectedHousehold_AnyAccessByAnAgent_IsAFinding()
    {
        var household = await HouseholdAsync(protect: true);
        await RecordAsync(Roles.CallCentre, ProtectionEventTypes.StateReason, AuditAction.Create, household, "telefonisch contact", new() { ["reden"] = "lid belt over de contributie" });
        await RecordAsync(Roles.CallCentre, MembersEventTypes.HouseholdView, AuditAction.View, household, "telefonisch contact", Full);

        var finding = Assert.Single(await RunAsync(), f => f.Rule == ControlRule.ProtectedHouseholdAccess);
        Assert.Equal(2, finding.Evidence.Count);
        Assert.Contains("1 reden opgegeven", finding.Summary);
    }

    [Fact]
    public async Task ProtectedHousehold_AccessToAnUnprotectedHousehold_OrTheFgsSupervision_IsNoFinding()
    {
        var open = await HouseholdAsync();
        var guarded = await HouseholdAsync(protect: true);
        await RecordAsync(Roles.CallCentre, MembersEventTypes.HouseholdView, AuditAction.View, open, "telefonisch contact", Full);
        await RecordAsync(Roles.PrivacyOfficer, MembersEventTypes.HouseholdView, AuditAction.View, guarded, HouseholdAccessRules.SupervisionPurpose, Full);

        Assert.DoesNotContain(await RunAsync(), f => f.Rule == ControlRule.ProtectedHouseholdAccess);
    }

    private static Dictionary<string, object?> Full => new() { ["view"] = "volledig" };

    private async Task<IReadOnlyList<ControlFinding>> RunAsync()
    {
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        await Get<LogControlService>(scope).RunAsync(DutchTime.Today(Clock));
        return await Get<LogControlService>(scope).FindingsAsync(null);
    }

    private async Task<Guid> HouseholdAsync(bool protect = false)
    {
        var household = MemberBuilders.Household("Anna", null, "Willems", "1234AB", 1);
        await using var db = RawDb();
        db.Households.Add(household);
        if (protect)
        {
            db.ProtectedHouseholds.Add(ProtectedHousehold.Mark(household.Id, ProtectionKind.BoardMember, null, "FG", Clock.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync();
        return household.Id;
    }

    private async Task<DataSubjectRequest> RequestAsync(Guid household)
    {
        await using var db = RawDb();
        var person = db.Persons.First(p => p.HouseholdId == household);
        var request = DataSubjectRequest.Register(
            1, RequestType.Rectification, DutchTime.Today(Clock), ReceivedChannel.Letter, household, person.Id, RequesterKind.DataSubject, null, null, false, null, null, "FG");
        db.DataSubjectRequests.Add(request);
        await db.SaveChangesAsync();
        return request;
    }

    private async Task RecordAsync(string role, string type, AuditAction action, Guid? household, string? purpose, Dictionary<string, object?>? details)
    {
        User.As(role, role == Roles.CallCentre ? Agent : "Mohammed el Amrani");
        await using var scope = Scope();
        await Get<IAuditLog>(scope).RecordAsync(new AuditRecord(type, action) { SubjectHouseholdId = household, PurposeOfUse = purpose, Details = details });
    }
}
