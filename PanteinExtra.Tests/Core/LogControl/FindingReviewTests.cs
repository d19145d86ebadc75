using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.LogControl;

/// <summary>The FG's review of a finding leaves a record; nobody else may run the control or see its findings.</summary>
public sealed class FindingReviewTests : CoreTestHost
{
    [Fact]
    public async Task Review_Explained_KeepsTheNoteTheReviewerAndClosesTheFinding()
    {
        var finding = await FindingAsync();

        var result = await ReviewAsync(finding, new FindingReviewInput { Status = FindingStatus.Explained, Note = "Nachtdienst op verzoek van het lid." });

        Assert.True(result.Succeeded);
        var reviewed = Assert.Single(await FindingsAsync(null));
        Assert.Equal(FindingStatus.Explained, reviewed.Status);
        Assert.Equal("Nachtdienst op verzoek van het lid.", reviewed.ReviewNote);
        Assert.Equal("Mohammed el Amrani", reviewed.ReviewedBy);
        Assert.Empty(await FindingsAsync(FindingStatus.Open));
    }

    [Fact]
    public async Task Review_NotJustifiedWithoutEscalation_IsRefusedWithADutchMessage()
    {
        var finding = await FindingAsync();

        var result = await ReviewAsync(finding, new FindingReviewInput { Status = FindingStatus.NotJustified, Note = "Geen reden." });

        Assert.False(result.Succeeded);
        Assert.Contains("geëscaleerd", result.FieldErrors[nameof(FindingReviewInput.Escalation)]);
    }

    [Fact]
    public async Task Review_NotJustified_IsEscalatedToTheBreachRegister()
    {
        var finding = await FindingAsync();

        await ReviewAsync(finding, new FindingReviewInput { Status = FindingStatus.NotJustified, Escalation = FindingEscalation.BreachRegister, Note = "Geen reden bekend." });

        Assert.Equal(FindingEscalation.BreachRegister, Assert.Single(await FindingsAsync(null)).Escalation);
    }

    [Fact]
    public async Task Review_ASecondTime_IsRefused()
    {
        var finding = await FindingAsync();
        await ReviewAsync(finding, new FindingReviewInput { Status = FindingStatus.Explained, Note = "Uitgelegd." });

        var again = await ReviewAsync(finding, new FindingReviewInput { Status = FindingStatus.Explained, Note = "Nog eens." });

        Assert.False(again.Succeeded);
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.Administrator)]
    public async Task RunFindingsAndReview_ByAnyoneButTheFg_AreRefused(string role)
    {
        User.As(role);
        await using var scope = Scope();
        var service = Get<LogControlService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.RunAsync(DutchTime.Today(Clock)));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.FindingsAsync(null));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<FindingReviewService>(scope).ReviewAsync(Guid.NewGuid(), new FindingReviewInput { Note = "x" }));
    }

    private async Task<Guid> FindingAsync()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 20, 30, 0, TimeSpan.Zero));
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using (var scope = Scope())
        {
            await Get<IAuditLog>(scope).RecordAsync(new AuditRecord(MembersEventTypes.HouseholdView, AuditAction.View) { SubjectHouseholdId = await LogControlTestData.HouseholdAsync(this, "400001") });
        }

        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var run = Scope();
        await Get<LogControlService>(run).RunAsync(DutchTime.Today(Clock));
        return Assert.Single(await Get<LogControlService>(run).FindingsAsync(FindingStatus.Open)).Id;
    }

    private async Task<Result> ReviewAsync(Guid finding, FindingReviewInput input)
    {
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        var service = Get<FindingReviewService>(scope);
        var stamp = (await service.GetAsync(finding))!.Finding.ConcurrencyStamp;
        input.ConcurrencyStamp = stamp;
        return await service.ReviewAsync(finding, input);
    }

    private async Task<IReadOnlyList<ControlFinding>> FindingsAsync(FindingStatus? status)
    {
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        return await Get<LogControlService>(scope).FindingsAsync(status);
    }
}
