using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Consent;

public sealed class ConsentPurposeServiceTests : CoreTestHost
{
    private const string Wording = "Mag Pantein Extra u uitnodigen voor cursussen en bijeenkomsten bij u in de buurt?";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(this);
        User.As(Roles.Administrator, "Ingrid Visser");
    }

    private async Task<T> Purposes<T>(Func<ConsentPurposeService, Task<T>> action)
    {
        await using var scope = Scope();
        return await action(Get<ConsentPurposeService>(scope));
    }

    [Fact]
    public async Task Create_StartsAtWordingVersionOne()
    {
        var result = await Purposes(s => s.CreateAsync(new ConsentPurposeInput { Code = "Cursussen", Name = "Uitnodigingen cursussen", Kind = ConsentPurposeKind.Other, Wording = Wording }));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("cursussen", result.Value!.Code);
        Assert.Equal(1, result.Value.CurrentVersion);
        var version = Assert.Single(result.Value.Versions);
        Assert.Equal(Wording, version.Wording);
        Assert.Equal("Ingrid Visser", version.CreatedByName);
    }

    [Fact]
    public async Task Create_WithBadInput_ReturnsDutchMessagesPerField()
    {
        var result = await Purposes(s => s.CreateAsync(new ConsentPurposeInput { Code = "X!", Name = "", Kind = ConsentPurposeKind.Other, Wording = "te kort" }));

        Assert.Equal(["Code", "Name", "Wording"], result.FieldErrors.Keys.Order());
        Assert.Contains("kleine letters", result.FieldErrors["Code"]);
    }

    [Fact]
    public async Task Create_WithACodeInUse_IsRefused()
    {
        var result = await Purposes(s => s.CreateAsync(new ConsentPurposeInput { Code = "nieuwsbrief", Name = "Nog een", Kind = ConsentPurposeKind.Newsletter, Wording = Wording }));

        Assert.Contains("al in gebruik", result.FieldErrors["Code"]);
    }

    [Fact]
    public async Task ChangeWording_AddsTheNextVersion_AndKeepsTheOldOnesUnchanged()
    {
        var panel = (await Purposes(s => s.ListAsync())).Single(p => p.Code == "ledenpanel");
        var oldWording = panel.CurrentWording;

        var result = await Purposes(s => s.ChangeWordingAsync(panel.Id, new PurposeWordingInput { ConcurrencyStamp = panel.ConcurrencyStamp, Wording = Wording }));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(2, result.Value!.CurrentVersion);
        Assert.Equal(Wording, result.Value.CurrentWording);
        Assert.Equal(oldWording, result.Value.Versions.Single(v => v.Version == 1).Wording);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, result.Value.Versions.Single(v => v.Version == 2).EffectiveFromUtc);
    }

    [Fact]
    public async Task ChangeWording_ToTheSameText_IsRefused()
    {
        var panel = (await Purposes(s => s.ListAsync())).Single(p => p.Code == "ledenpanel");

        var result = await Purposes(s => s.ChangeWordingAsync(panel.Id, new PurposeWordingInput { ConcurrencyStamp = panel.ConcurrencyStamp, Wording = panel.CurrentWording }));

        Assert.Contains("niet gewijzigd", result.FieldErrors["Wording"]);
    }

    [Fact]
    public async Task ChangeWording_WithAStaleStamp_IsRefusedAsAConcurrentEdit()
    {
        var panel = (await Purposes(s => s.ListAsync())).Single(p => p.Code == "ledenpanel");
        await Purposes(s => s.ChangeWordingAsync(panel.Id, new PurposeWordingInput { ConcurrencyStamp = panel.ConcurrencyStamp, Wording = Wording }));

        var second = await Purposes(s => s.ChangeWordingAsync(panel.Id, new PurposeWordingInput { ConcurrencyStamp = panel.ConcurrencyStamp, Wording = Wording + " Nu echt." }));

        Assert.Contains("intussen gewijzigd", second.Message);
        await using var db = RawDb();
        Assert.Equal(2, await db.ConsentPurposeVersions.CountAsync(v => v.PurposeId == panel.Id));
    }

    [Fact]
    public async Task Retire_StopsNewConsents_ButTheHistoryStays()
    {
        var home = await ConsentTestData.SeedHouseholdAsync(this);
        var panel = (await Purposes(s => s.ListAsync())).Single(p => p.Code == "ledenpanel");
        var retired = await Purposes(s => s.SetActiveAsync(panel.Id, panel.ConcurrencyStamp, false));
        Assert.True(retired.Succeeded, retired.Message);

        User.As(Roles.CallCentre);
        await using var scope = Scope();
        await VerifiedCallAsync(scope, home.Household.Id);
        var result = await Get<ConsentService>(scope).GiveAsync(new ConsentDecisionInput(home.Main.Id, panel.Id, ConsentChannel.Phone));

        Assert.Contains("geen toestemming meer gevraagd", result.Message);
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.PrivacyOfficer)]
    public async Task OnlyAdministrators_ManagePurposes_OtherStaffMayReadThem(string role)
    {
        User.As(role);
        var panel = (await Purposes(s => s.ListAsync())).Single(p => p.Code == "ledenpanel");

        await Assert.ThrowsAsync<ForbiddenException>(() => Purposes(s => s.CreateAsync(new ConsentPurposeInput { Code = "abc", Name = "Abc", Kind = ConsentPurposeKind.Other, Wording = Wording })));
        await Assert.ThrowsAsync<ForbiddenException>(() => Purposes(s => s.ChangeWordingAsync(panel.Id, new PurposeWordingInput { ConcurrencyStamp = panel.ConcurrencyStamp, Wording = Wording })));
        await Assert.ThrowsAsync<ForbiddenException>(() => Purposes(s => s.SetActiveAsync(panel.Id, panel.ConcurrencyStamp, false)));
    }
}
