using ClosedXML.Excel;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Auditing;

/// <summary>The log as the FG reads it: Dutch names, the subject by member number and name, the filters and the export.</summary>
public sealed class AuditLogReadableTests : CoreTestHost
{
    [Fact]
    public async Task Search_ShowsTheSubjectByMemberNumberAndMainMember_AndTheEventInDutch()
    {
        var household = await HouseholdAsync("0012345", "Hendrika", "Bakker");
        await RecordAsAsync(Roles.CallCentre, "Sanne de Jong", MembersEventTypes.HouseholdView, household);

        var page = await SearchAsync(new AuditLogQuery { MemberNumber = "0012345" });

        var row = Assert.Single(page.Items);
        Assert.Equal("0012345", row.SubjectMemberNumber);
        Assert.Equal("Hendrika Bakker", row.SubjectName);
        Assert.DoesNotContain(":", row.EventName);
        Assert.Equal("Sanne de Jong", row.UserName);
    }

    [Fact]
    public async Task Search_ByMemberNumberOfAnotherHousehold_FindsNothing()
    {
        var household = await HouseholdAsync("0012345", "Hendrika", "Bakker");
        await HouseholdAsync("0099999", "Piet", "Jansen");
        await RecordAsAsync(Roles.CallCentre, "Sanne de Jong", MembersEventTypes.HouseholdView, household);

        var page = await SearchAsync(new AuditLogQuery { MemberNumber = "0099999" });

        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task Search_ByEventTypeAndPurpose_KeepsOnlyMatchingEvents()
    {
        var household = await HouseholdAsync("0012345", "Hendrika", "Bakker");
        await RecordAsAsync(Roles.CallCentre, "Sanne de Jong", MembersEventTypes.HouseholdView, household, "telefonisch contact");
        await RecordAsAsync(Roles.CallCentre, "Sanne de Jong", MembersEventTypes.Search, null, "zoeken");

        var byType = await SearchAsync(new AuditLogQuery { EventType = MembersEventTypes.HouseholdView });
        var byPurpose = await SearchAsync(new AuditLogQuery { PurposeContains = "TELEFONISCH" });

        Assert.Equal(MembersEventTypes.HouseholdView, Assert.Single(byType.Items).EventType);
        Assert.Equal("telefonisch contact", Assert.Single(byPurpose.Items).PurposeOfUse);
    }

    [Fact]
    public async Task Search_ExcludingTheFgRole_LeavesOnlyOtherEmployeesAccesses()
    {
        var household = await HouseholdAsync("0012345", "Hendrika", "Bakker");
        await RecordAsAsync(Roles.CallCentre, "Sanne de Jong", MembersEventTypes.HouseholdView, household);
        await RecordAsAsync(Roles.PrivacyOfficer, "Mohammed el Amrani", MembersEventTypes.HouseholdView, household);

        var others = await SearchAsync(new AuditLogQuery { SubjectHouseholdId = household, ExcludeRole = Roles.PrivacyOfficer });
        var own = await SearchAsync(new AuditLogQuery { SubjectHouseholdId = household, OnlyRole = Roles.PrivacyOfficer });

        Assert.Equal("Sanne de Jong", Assert.Single(others.Items).UserName);
        Assert.All(own.Items, e => Assert.Equal(Roles.PrivacyOfficer, e.UserRole));
    }

    [Fact]
    public async Task EmployeeOverview_CountsEachEmployeesViewsAndHouseholds()
    {
        var a = await HouseholdAsync("0012345", "Hendrika", "Bakker");
        var b = await HouseholdAsync("0012346", "Piet", "Jansen");
        await RecordAsAsync(Roles.CallCentre, "Sanne de Jong", MembersEventTypes.HouseholdView, a);
        await RecordAsAsync(Roles.CallCentre, "Sanne de Jong", MembersEventTypes.HouseholdView, b);
        await RecordAsAsync(Roles.CallCentre, "Sanne de Jong", MembersEventTypes.HouseholdView, b);

        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        var today = DutchTime.Today(Clock);
        var rows = await Get<AuditLogService>(scope).EmployeeOverviewAsync(today, today);

        var sanne = Assert.Single(rows, r => r.UserName == "Sanne de Jong");
        Assert.Equal(3, sanne.HouseholdViews);
        Assert.Equal(2, sanne.Households);
    }

    [Fact]
    public async Task Export_WritesTheFilteredSelectionInDutch_AndIsAudited()
    {
        var household = await HouseholdAsync("0012345", "Hendrika", "Bakker");
        await RecordAsAsync(Roles.CallCentre, "Sanne de Jong", MembersEventTypes.HouseholdView, household, "telefonisch contact");
        await RecordAsAsync(Roles.CallCentre, "Daan van den Berg", MembersEventTypes.Search, null);

        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        using var output = new MemoryStream();
        await using (var scope = Scope())
        {
            var rows = await Get<AuditLogExport>(scope).ExportAsync(new AuditLogQuery { MemberNumber = "0012345" }, output);
            Assert.Equal(1, rows);
        }

        output.Position = 0;
        using var workbook = new XLWorkbook(output);
        var sheet = workbook.Worksheet("Toegangslog");
        Assert.Equal("Medewerker", sheet.Cell(1, 3).GetString());
        Assert.Equal("Sanne de Jong", sheet.Cell(2, 3).GetString());
        Assert.Equal("0012345", sheet.Cell(2, 9).GetString());
        Assert.Equal("Hendrika Bakker", sheet.Cell(2, 10).GetString());
        Assert.Equal("Klantcontact", sheet.Cell(2, 4).GetString());
        Assert.True(sheet.Cell(3, 1).IsEmpty());
        await using var db = RawDb();
        Assert.Contains(db.AuditEvents, e => e.EventType == AuditEventTypes.AuditLogExport);
    }

    [Fact]
    public async Task Export_ByAnAgent_IsRefused()
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using var scope = Scope();
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<AuditLogExport>(scope).ExportAsync(new AuditLogQuery(), Stream.Null));
    }

    [Fact]
    public void EveryEventTypeOfThePicker_HasADutchName()
    {
        Assert.All(AuditEventNames.Choices(), c => Assert.DoesNotContain(":", c.Value));
    }

    private async Task<Guid> HouseholdAsync(string number, string first, string last)
    {
        var household = new Household { MemberNumber = number, Street = "Molenweg", HouseNumber = 4, Postcode = "5911AA", City = "Venlo", MemberSince = new DateOnly(2012, 4, 1) };
        await using var db = RawDb();
        db.AddRange(household, new Person { HouseholdId = household.Id, Role = PersonRole.MainMember, FirstName = first, LastName = last, DateOfBirth = new DateOnly(1950, 1, 1) });
        await db.SaveChangesAsync();
        return household.Id;
    }

    private async Task RecordAsAsync(string role, string name, string eventType, Guid? household, string? purpose = null)
    {
        User.As(role, name);
        await using var scope = Scope();
        await Get<IAuditLog>(scope).RecordAsync(new AuditRecord(eventType, eventType.EndsWith("Search", StringComparison.Ordinal) ? AuditAction.Search : AuditAction.View)
        {
            SubjectHouseholdId = household,
            PurposeOfUse = purpose,
        });
    }

    private async Task<PanteinExtra.Core.Common.PagedResult<AuditLogEntry>> SearchAsync(AuditLogQuery query)
    {
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        return await Get<AuditLogService>(scope).SearchAsync(query);
    }
}
