using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Breaches;

public sealed class BreachServiceTests : CoreTestHost
{
    private async Task<int> ReportAsAgentAsync(string agentId = "agent-1", string name = "Sanne de Jong")
    {
        User.As(Roles.CallCentre, name);
        User.UserId = agentId;
        await using var scope = Scope();
        var result = await Get<BreachService>(scope).ReportAsync(new ReportBreachInput
        {
            WhatHappened = "Een brief over de contributie is naar het verkeerde adres gestuurd.\nDe buurvrouw belde.",
            DiscoveredAt = DutchTime.ToDutch(Clock.GetUtcNow().UtcDateTime).AddMinutes(-30),
            DataAndPersons = "Naam, adres en contributiebedrag van één lid.",
        });
        Assert.True(result.Succeeded, result.Message);
        return result.Value;
    }

    private void AsOfficer()
    {
        User.As(Roles.PrivacyOfficer, "Fatima el Amrani");
        User.UserId = "fg-1";
    }

    private async Task<T> RunAsync<T>(Func<AsyncServiceScopeAccessor, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(new AsyncServiceScopeAccessor(this, scope));
    }

    private async Task<Guid> StampAsync(int number) => (await RunAsync(s => s.Breaches.GetAsync(number))).Input.ConcurrencyStamp;

    private async Task<Result> UpdateAsync(int number, Action<BreachFileInput> fill)
    {
        var input = (await RunAsync(s => s.Breaches.GetAsync(number))).Input;
        fill(input);
        return await RunAsync(s => s.Breaches.UpdateFileAsync(number, input));
    }

    [Fact]
    public async Task Report_ByAnyEmployee_RecordsTheMomentOfAwarenessAndTheReporterSeesOnlyOwnReports()
    {
        var first = await ReportAsAgentAsync("agent-1", "Sanne de Jong");
        Clock.Advance(TimeSpan.FromMinutes(3));
        await ReportAsAgentAsync("agent-2", "Ruud Bakker");

        User.As(Roles.CallCentre, "Sanne de Jong");
        User.UserId = "agent-1";
        var mine = await RunAsync(s => s.Breaches.MineAsync());

        var only = Assert.Single(mine);
        Assert.Equal(first, only.Number);
        Assert.Equal(new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc), only.AwareAtUtc);
        await using var raw = RawDb();
        Assert.Equal("datalek #1", (await raw.AuditEvents.Where(e => e.EventType == "Breach:Create").OrderBy(e => e.Sequence).FirstAsync()).PurposeOfUse);
        Assert.Equal(2, await raw.BreachVersions.CountAsync());
    }

    [Fact]
    public async Task Register_FileAndExport_AreRefusedForAgentsAndAdministrators_AndTheRefusalIsAudited()
    {
        var number = await ReportAsAgentAsync();
        foreach (var role in new[] { Roles.CallCentre, Roles.Administrator })
        {
            User.As(role);
            await Assert.ThrowsAsync<ForbiddenException>(() => RunAsync(s => s.Breaches.RegisterAsync()));
            await Assert.ThrowsAsync<ForbiddenException>(() => RunAsync(s => s.Breaches.GetAsync(number)));
            await Assert.ThrowsAsync<ForbiddenException>(() => RunAsync(s => s.Export.ExportAsync()));
            await Assert.ThrowsAsync<ForbiddenException>(() => RunAsync(s => s.Affected.EmployeesAsync(number)));
            await Assert.ThrowsAsync<ForbiddenException>(() => RunAsync(s => s.Breaches.UpdateFileAsync(number, new BreachFileInput())));
        }

        await using var raw = RawDb();
        Assert.Equal(10, await raw.AuditEvents.CountAsync(e => e.Outcome == AuditOutcome.Denied));
    }

    [Fact]
    public async Task Assess_ComputesEnisaAndRefusesAnOverruleWithoutAWrittenReason()
    {
        var number = await ReportAsAgentAsync();
        AsOfficer();
        var input = new BreachFileInput
        {
            ConcurrencyStamp = await StampAsync(number),
            Kinds = BreachKind.Reading,
            Context = DataProcessingContext.Financial,
            Identification = EaseOfIdentification.Maximum,
            Confidentiality = ConfidentialityLoss.KnownRecipients,
            OverruledBand = SeverityBand.Low,
        };

        var refused = await RunAsync(s => s.Breaches.UpdateFileAsync(number, input));
        Assert.Equal(ResultStatus.Invalid, refused.Status);
        Assert.NotNull(refused.ErrorFor(nameof(BreachFileInput.OverruleReason)));

        input.OverruledBand = null;
        Assert.True((await RunAsync(s => s.Breaches.UpdateFileAsync(number, input))).Succeeded);
        var file = (await RunAsync(s => s.Breaches.GetAsync(number))).File;
        Assert.Equal(BreachStatus.Assessing, file.Status);
        Assert.Equal(3.25m, file.Score);
        Assert.Equal(SeverityBand.High, file.Band);
        Assert.EndsWith("= 3,25: hoog.", file.EnisaReasoning);
    }

    [Fact]
    public async Task Notification_Past72Hours_NeedsTheReasonForTheDelay()
    {
        var number = await ReportAsAgentAsync();
        AsOfficer();
        Assert.True((await UpdateAsync(number, _ => { })).Succeeded);
        var stamp = await StampAsync(number);
        Clock.Advance(TimeSpan.FromHours(73));
        var input = new NotificationInput { ApReference = "AP-2026-0042", NotifiedAt = DutchTime.ToDutch(Clock.GetUtcNow().UtcDateTime), ConcurrencyStamp = stamp };

        var late = await RunAsync(s => s.Breaches.RecordNotificationAsync(number, input));
        Assert.Equal(ResultStatus.Refused, late.Status);
        Assert.Contains("reden van de vertraging", late.Message);

        input.DelayReason = "Het datalek werd pas na het weekend door de afdeling doorgegeven.";
        Assert.True((await RunAsync(s => s.Breaches.RecordNotificationAsync(number, input))).Succeeded);
        var details = await RunAsync(s => s.Breaches.GetAsync(number));
        Assert.Equal(ClockLevel.NotifiedLate, details.Clock.Level);
        Assert.Equal("AP-2026-0042", details.File.ApReference);
    }

    [Fact]
    public async Task History_IsAppendOnly_AndReadsBackTheFileAsItStoodOnADate()
    {
        var number = await ReportAsAgentAsync();
        AsOfficer();
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await UpdateAsync(number, f => f.Summary = "Brief verkeerd bezorgd.")).Succeeded);

        var before = await RunAsync(s => s.Breaches.AsOfAsync(number, new DateOnly(2026, 3, 2)));
        var after = await RunAsync(s => s.Breaches.AsOfAsync(number, new DateOnly(2026, 3, 3)));
        Assert.Equal(BreachStatus.Reported, before!.Status);
        Assert.Null(before.Summary);
        Assert.Equal("Brief verkeerd bezorgd.", after!.Summary);
        Assert.Null(await RunAsync(s => s.Breaches.AsOfAsync(number, new DateOnly(2026, 3, 1))));

        await using var raw = RawDb();
        await Assert.ThrowsAnyAsync<DbException>(() => raw.Database.ExecuteSqlRawAsync("UPDATE \"BreachVersions\" SET \"Note\" = 'x'"));
        await Assert.ThrowsAnyAsync<DbException>(() => raw.Database.ExecuteSqlRawAsync("DELETE FROM \"BreachVersions\""));
    }

    [Fact]
    public async Task Affected_DerivedFromTheAccessLog_AreTheHouseholdsThisEmployeeViewedInThePeriod_WithCounts()
    {
        var (a, b, c) = (await HouseholdAsync("1000001"), await HouseholdAsync("1000002"), await HouseholdAsync("1000003"));
        User.As(Roles.CallCentre, "Nosy Colleague");
        User.UserId = "agent-nosy";
        await using (var scope = Scope())
        {
            var log = Get<IAuditLog>(scope);
            await log.RecordAsync(new AuditRecord("Household:View", AuditAction.View) { SubjectHouseholdId = a });
            await log.RecordAsync(new AuditRecord("Household:View", AuditAction.View) { SubjectHouseholdId = a });
            await log.RecordAsync(new AuditRecord("Household:View", AuditAction.View) { SubjectHouseholdId = b });
            await log.RecordAsync(new AuditRecord("Household:View", AuditAction.View) { SubjectHouseholdId = c, Outcome = AuditOutcome.Denied });
        }

        User.UserId = "agent-other";
        await using (var scope = Scope())
        {
            await Get<IAuditLog>(scope).RecordAsync(new AuditRecord("Household:View", AuditAction.View) { SubjectHouseholdId = c });
        }

        var number = await ReportAsAgentAsync();
        AsOfficer();
        var input = new AccessLogDerivationInput { UserId = "agent-nosy", From = new DateOnly(2026, 3, 2), To = new DateOnly(2026, 3, 2) };
        var derived = await RunAsync(s => s.Affected.DeriveAsync(number, input));

        Assert.Equal([("1000001", 2), ("1000002", 1)], derived.Value!.Select(d => (d.MemberNumber, d.Views)));
        var employees = await RunAsync(s => s.Affected.EmployeesAsync(number));
        Assert.Contains(new LoggedEmployee("agent-nosy", "Nosy Colleague", "Klantcontact"), employees);
        Assert.DoesNotContain(employees, e => e.Role == Roles.DutchName(SystemUser.Role));
        Assert.True((await RunAsync(s => s.Affected.AddDerivedAsync(number, input))).Succeeded);
        var details = await RunAsync(s => s.Breaches.GetAsync(number));
        Assert.Equal(2, details.Affected.Count);
        Assert.Equal(2, details.File.PersonsMin); // one person per household: the count fills the form
        Assert.All(details.Affected, r => Assert.Equal(AffectedSource.AccessLog, r.Source));

        var dayBefore = new AccessLogDerivationInput { UserId = "agent-nosy", From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 1) };
        Assert.Empty((await RunAsync(s => s.Affected.DeriveAsync(number, dayBefore))).Value!);
    }

    [Fact]
    public async Task Affected_ByAPastedListOfMemberNumbers_RefusesUnknownNumbersAndAddsNothing()
    {
        await HouseholdAsync("2000001");
        await HouseholdAsync("2000002");
        var number = await ReportAsAgentAsync();
        AsOfficer();

        var wrong = await RunAsync(s => s.Affected.AddMemberNumbersAsync(number, new MemberNumbersInput { MemberNumbers = "2000001\n9999999" }));
        Assert.Equal(ResultStatus.Invalid, wrong.Status);
        Assert.Contains("9999999", wrong.ErrorFor(nameof(MemberNumbersInput.MemberNumbers)));

        Assert.True((await RunAsync(s => s.Affected.AddMemberNumbersAsync(number, new MemberNumbersInput { MemberNumbers = "2000001\n2000002, 2000001" }))).Succeeded);
        Assert.Equal(2, (await RunAsync(s => s.Breaches.GetAsync(number))).Affected.Count);
    }

    [Fact]
    public async Task Letters_AreDraftedForHighRisk_EditableAsDraft_AndKeptAsSent_AndCloseNeedsMeasures()
    {
        await HouseholdAsync("3000001");
        var number = await ReportAsAgentAsync();
        AsOfficer();
        await RunAsync(s => s.Affected.AddMemberNumbersAsync(number, new MemberNumbersInput { MemberNumbers = "3000001" }));
        Assert.True((await UpdateAsync(number, f =>
        {
            f.Context = DataProcessingContext.Financial;
            f.Identification = EaseOfIdentification.Maximum;
            f.Confidentiality = ConfidentialityLoss.UnknownRecipients;
            f.DataCategories = BreachDataCategory.NameAndAddress | BreachDataCategory.Financial;
        })).Succeeded);
        var stamp = await StampAsync(number);
        var noHighRisk = await RunAsync(s => s.Breaches.DecideMemberInformationAsync(number, new MemberInformationInput
        {
            Decision = MemberInformation.NoHighRisk,
            Reasoning = "Valt mee.",
            ConcurrencyStamp = stamp,
        }));
        Assert.Equal(ResultStatus.Refused, noHighRisk.Status);

        Assert.True((await RunAsync(s => s.Breaches.DecideMemberInformationAsync(number, new MemberInformationInput
        {
            Decision = MemberInformation.Letters,
            Reasoning = "Hoog risico: financiële gegevens bij onbekenden.",
            ConcurrencyStamp = stamp,
        }))).Succeeded);
        Assert.True((await RunAsync(s => s.Letters.DraftAllAsync(number))).Succeeded);
        var letter = Assert.Single((await RunAsync(s => s.Breaches.GetAsync(number))).Letters);
        Assert.Contains("Wat is er gebeurd?", letter.Text);
        Assert.Contains("functionaris gegevensbescherming", letter.Text);
        Assert.Contains("naam en adres, financiële gegevens", letter.Text);

        Assert.True((await RunAsync(s => s.Letters.EditAsync(number, letter.Id, new LetterTextInput { Text = "Beste lid,\nAangepaste tekst." }))).Succeeded);
        Assert.True((await RunAsync(s => s.Letters.MarkSentAsync(number, letter.Id))).Succeeded);
        var again = await RunAsync(s => s.Letters.EditAsync(number, letter.Id, new LetterTextInput { Text = "Nog eens" }));
        Assert.Equal(ResultStatus.Refused, again.Status);
        var sent = Assert.Single((await RunAsync(s => s.Breaches.GetAsync(number))).Letters);
        Assert.Equal("Beste lid,\nAangepaste tekst.", sent.Text);
        Assert.Equal(new DateOnly(2026, 3, 2), sent.SentOn);

        var notify = new NotNotifyInput { Reasoning = "Test", ConcurrencyStamp = await StampAsync(number) };
        Assert.True((await RunAsync(s => s.Breaches.DecideNotToNotifyAsync(number, notify))).Succeeded);
        Assert.Equal(ResultStatus.Refused, (await RunAsync(async s => await s.Breaches.CloseAsync(number, await StampAsync(number)))).Status);
        Assert.True((await RunAsync(s => s.Breaches.AddMeasureAsync(number, new MeasureInput
        {
            Description = "Adrescontrole vóór verzending",
            Owner = "Teamleider ledenadministratie",
            DueOn = new DateOnly(2026, 4, 1),
        }))).Succeeded);
        Assert.True((await RunAsync(async s => await s.Breaches.CloseAsync(number, await StampAsync(number)))).Succeeded);
    }

    [Fact]
    public async Task Export_WritesTheRegisterWithDutchHeaders()
    {
        await ReportAsAgentAsync();
        AsOfficer();
        var bytes = await RunAsync(s => s.Export.ExportAsync());

        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Datalekregister");
        Assert.Equal("Nummer", sheet.Cell(3, 1).GetString());
        Assert.Equal("Gemeld", sheet.Cell(4, 2).GetString());
        Assert.Equal("02-03-2026 10:30", sheet.Cell(4, 3).GetString());
    }

    private async Task<Guid> HouseholdAsync(string memberNumber)
    {
        var household = new Household { MemberNumber = memberNumber, Street = "Kerkstraat", HouseNumber = 12, Postcode = "6511AB", City = "Nijmegen", MemberSince = new DateOnly(2015, 1, 1) };
        var main = new Person { HouseholdId = household.Id, Role = PersonRole.MainMember, FirstName = "Johanna", LastName = "Berg" + memberNumber };
        await using var db = RawDb();
        db.AddRange(household, main);
        await db.SaveChangesAsync();
        return household.Id;
    }

    private sealed class AsyncServiceScopeAccessor(CoreTestHost host, Microsoft.Extensions.DependencyInjection.AsyncServiceScope scope)
    {
        public BreachService Breaches => host.Get<BreachService>(scope);

        public BreachAffectedService Affected => host.Get<BreachAffectedService>(scope);

        public BreachLetterService Letters => host.Get<BreachLetterService>(scope);

        public BreachExportService Export => host.Get<BreachExportService>(scope);
    }
}
