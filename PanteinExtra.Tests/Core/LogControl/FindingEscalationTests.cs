using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Tests.TestInfrastructure;
using static PanteinExtra.Tests.Core.LogControl.LogControlTestData;

namespace PanteinExtra.Tests.Core.LogControl;

/// <summary>The FG reviews a finding with its evidence: explained with a note, or not justified and escalated.</summary>
public sealed class FindingEscalationTests : CoreTestHost
{
    [Fact]
    public async Task Explain_WithoutANote_IsRefusedNextToTheNote()
    {
        var finding = await AfterHoursFindingAsync(this);

        var result = await ReviewAsync(this, finding, new FindingReviewInput { Status = FindingStatus.Explained, Note = "  " });

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal("Toelichting is verplicht.", result.ErrorFor(nameof(FindingReviewInput.Note)));
    }

    [Fact]
    public async Task NotJustified_IntoTheBreachRegister_OpensAPrefilledBreachLinkedBothWays()
    {
        var finding = await AfterHoursFindingAsync(this);

        var result = await ReviewAsync(this, finding, new FindingReviewInput
        {
            Status = FindingStatus.NotJustified,
            Escalation = FindingEscalation.BreachRegister,
            Note = "Geen gesprek en geen verzoek: nieuwsgierigheid.",
        });

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("Datalek #1", result.Message);
        await using var scope = Scope();
        var reviewed = (await Get<FindingReviewService>(scope).GetAsync(finding))!.Finding;
        Assert.Equal(FindingStatus.NotJustified, reviewed.Status);
        Assert.Equal(FindingEscalation.BreachRegister, reviewed.Escalation);
        Assert.Equal(1, reviewed.BreachNumber);

        var breach = await Get<BreachService>(scope).GetAsync(1);
        Assert.Equal(BreachKind.Reading, breach.File.Kinds);
        Assert.True(breach.File.ConfidentialityAffected);
        Assert.Contains("Onbevoegde inzage door een medewerker", breach.File.WhatHappened);
        Assert.Contains("Sanne de Jong", breach.File.WhatHappened);
        Assert.Equal(new DateTime(2026, 3, 2, 21, 30, 0), breach.Input.StartedAt);
        Assert.Equal(["400001", "400002"], breach.Affected.Select(a => a.MemberNumber));
        Assert.Equal([2, 1], breach.Affected.Select(a => a.Views ?? 0));
        Assert.Equal(AffectedSource.AccessLog, breach.Affected[0].Source);

        var back = Assert.Single(await Get<FindingReviewService>(scope).ForBreachAsync(reviewed.BreachId!.Value));
        Assert.Equal(finding, back.Id);
    }

    [Fact]
    public async Task NotJustified_ToTheManager_RecordsTheManagerAndTheNote()
    {
        var finding = await AfterHoursFindingAsync(this);

        var result = await ReviewAsync(this, finding, new FindingReviewInput
        {
            Status = FindingStatus.NotJustified,
            Escalation = FindingEscalation.Manager,
            ManagerName = "Ingrid Peters",
            Note = "Besproken; medewerker krijgt een herhaling van de privacytraining.",
        });

        Assert.True(result.Succeeded, result.Message);
        await using var scope = Scope();
        var reviewed = (await Get<FindingReviewService>(scope).GetAsync(finding))!.Finding;
        Assert.Equal(FindingEscalation.Manager, reviewed.Escalation);
        Assert.Equal("Ingrid Peters", reviewed.ManagerName);
        Assert.Null(reviewed.BreachId);
        await using var db = RawDb();
        Assert.Equal(0, await db.Breaches.CountAsync());
    }

    [Fact]
    public async Task NotJustified_ToTheManagerWithoutAName_IsRefusedNextToTheName()
    {
        var finding = await AfterHoursFindingAsync(this);

        var result = await ReviewAsync(this, finding, new FindingReviewInput
        {
            Status = FindingStatus.NotJustified,
            Escalation = FindingEscalation.Manager,
            Note = "Besproken.",
        });

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Contains("leidinggevende", result.ErrorFor(nameof(FindingReviewInput.ManagerName)));
    }

    [Fact]
    public async Task Review_FromAScreenLoadedBeforeAnotherSessionReviewed_IsAConflictInDutchAndMakesNoBreach()
    {
        var finding = await AfterHoursFindingAsync(this);
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var first = Scope();
        await using var second = Scope();
        var stamp = (await Get<FindingReviewService>(second).GetAsync(finding))!.Finding.ConcurrencyStamp;
        Assert.True((await Get<FindingReviewService>(first).ReviewAsync(finding,
            new FindingReviewInput { Status = FindingStatus.Explained, Note = "Terugbelverzoek van het lid.", ConcurrencyStamp = stamp })).Succeeded);

        var late = await Get<FindingReviewService>(second).ReviewAsync(finding, new FindingReviewInput
        {
            Status = FindingStatus.NotJustified,
            Escalation = FindingEscalation.BreachRegister,
            Note = "Geen reden.",
            ConcurrencyStamp = stamp,
        });

        Assert.Equal(ResultStatus.Conflict, late.Status);
        Assert.Equal(FindingReviewService.ReviewedElsewhere, late.Message);
        await using var db = RawDb();
        Assert.Equal(0, await db.Breaches.CountAsync());
        Assert.Equal(FindingStatus.Explained, (await db.ControlFindings.SingleAsync()).Status);
    }

    [Fact]
    public async Task Finding_ShowsItsEvidenceInDutchAndRecordsTheReadPerHousehold()
    {
        var finding = await AfterHoursFindingAsync(this);
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();

        var details = (await Get<FindingReviewService>(scope).GetAsync(finding))!;

        Assert.Equal("Sanne de Jong", details.Finding.UserName);
        Assert.Equal(Roles.CallCentre, details.EmployeeRole);
        Assert.Equal(["400001 Johanna Berg", "400002 Johanna Dijk"], details.Households.Select(h => $"{h.MemberNumber} {h.MainMember}"));
        Assert.Equal(3, details.Events.Count);
        Assert.All(details.Events, e => Assert.Equal("Huishouden geopend", e.EventName));
        Assert.Equal("02-03-2026 21:30", Dutch.Moment(details.Events[0].AtUtc));
        await using var db = RawDb();
        var reads = await db.AuditEvents.Where(e => e.EventType == LogControlReviewEventTypes.FindingView).ToListAsync();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal("logcontrole: bevinding buiten werktijd van 02-03-2026", r.PurposeOfUse));
    }

    [Fact]
    public async Task List_FiltersByStateRuleEmployeeAndPeriod()
    {
        var finding = await AfterHoursFindingAsync(this);
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        var service = Get<FindingReviewService>(scope);

        Assert.Equal(1, (await service.ListAsync(new FindingQuery { Rule = ControlRule.OutsideWorkingHours, UserId = "test-callcentre" })).TotalCount);
        Assert.Equal(0, (await service.ListAsync(new FindingQuery { Rule = ControlRule.Fishing })).TotalCount);
        Assert.Equal(0, (await service.ListAsync(new FindingQuery { UserId = "someone-else" })).TotalCount);
        Assert.Equal(0, (await service.ListAsync(new FindingQuery { From = new DateOnly(2026, 3, 3) })).TotalCount);
        Assert.Equal(1, (await service.ListAsync(new FindingQuery { From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 2) })).TotalCount);
        Assert.Equal(0, (await service.ListAsync(new FindingQuery { Reviewed = true })).TotalCount);
        await ReviewAsync(this, finding, new FindingReviewInput { Status = FindingStatus.Explained, Note = "Avonddienst." });
        Assert.Equal(1, (await service.ListAsync(new FindingQuery { Reviewed = true })).TotalCount);
        Assert.Equal(0, (await service.ListAsync(new FindingQuery { Reviewed = false })).TotalCount);
        Assert.Equal("Sanne de Jong", Assert.Single(await service.EmployeesAsync()).UserName);
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.Administrator)]
    public async Task FindingsAndTheirReview_ByAnyoneButTheFg_AreRefused(string role)
    {
        var finding = await AfterHoursFindingAsync(this);
        User.As(role);
        await using var scope = Scope();
        var service = Get<FindingReviewService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.ListAsync(new FindingQuery()));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.EmployeesAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => service.GetAsync(finding));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ForBreachAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ReviewAsync(finding, new FindingReviewInput { Status = FindingStatus.Explained, Note = "x" }));
        await using var db = RawDb();
        Assert.Equal(FindingStatus.Open, (await db.ControlFindings.SingleAsync()).Status);
    }
}
