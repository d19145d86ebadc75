using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Reports;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests.Reports;

public sealed class AccessReportServiceTests : CoreTestHost
{
    [Fact]
    public async Task AccessReport_HoldsThePersonsData_AndWhoConsultedIt_GroupedByDayRoleAndPurpose_ButNotTheEmployeesName()
    {
        var home = await RequestTestHousehold.CreateAsync(this);
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using (var scope = Scope())
        {
            foreach (var (type, action) in new[] { ("Household:View", AuditAction.View), ("Household:View", AuditAction.View), ("CallNote:Create", AuditAction.Create) })
            {
                await Get<IAuditLog>(scope).RecordAsync(new AuditRecord(type, action)
                {
                    SubjectHouseholdId = home.HouseholdId,
                    PurposeOfUse = "telefonisch contact: lid zelf",
                });
            }

            await Get<IAuditLog>(scope).RecordAsync(new AuditRecord("Household:View", AuditAction.View)
            {
                SubjectHouseholdId = home.HouseholdId,
                PurposeOfUse = "terugbellen op verzoek van het lid",
            });
        }

        User.As(Roles.PrivacyOfficer);
        Guid requestId;
        await using (var scope = Scope())
        {
            var service = Get<RequestService>(scope);
            var registered = await service.RegisterAsync(
                home.Input(RequestType.Access, DutchTime.Today(Clock), checks: RequestIdentityChecks.CallBackOnKnownNumber));
            requestId = registered.Value!.Id;
        }

        await using var reportScope = Scope();
        var report = await Get<AccessReportService>(reportScope).BuildAsync(requestId);

        Assert.Equal("Johanna van der Berg", report.PersonName);
        var personal = report.Sections.Single(s => s.Title == "Uw persoonsgegevens");
        Assert.Contains(personal.Rows, r => r.Label == "Geboortedatum" && r.Value == "3 mei 1941");
        Assert.All(report.SectionsWithData, s => Assert.False(string.IsNullOrWhiteSpace(s.LegalBasis)));
        var call = Assert.Single(report.Consultations, c => c.Purpose == "telefonisch contact: lid zelf");
        Assert.Equal("Klantcontact", call.Role);
        Assert.Equal(DutchTime.Today(Clock), call.Day);
        Assert.Equal(3, call.Count);
        Assert.Equal(2, call.What.Count);
        Assert.Equal("Huishouden geopend", call.What[0]);
        Assert.Equal(1, Assert.Single(report.Consultations, c => c.Purpose == "terugbellen op verzoek van het lid").Count);
        Assert.DoesNotContain(report.Consultations, c => c.Role.Contains("Sanne"));
        Assert.All(report.Consultations, c => Assert.All(c.What, w => Assert.DoesNotContain(":", w)));
    }

    [Fact]
    public async Task AccessReport_BeforeIdentityIsVerified_IsNotMade()
    {
        var home = await RequestTestHousehold.CreateAsync(this);
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var registered = await Get<RequestService>(scope).RegisterAsync(home.Input(RequestType.Access, DutchTime.Today(Clock)));

        await Assert.ThrowsAsync<RefusedException>(() => Get<AccessReportService>(scope).BuildAsync(registered.Value!.Id));
    }

    [Fact]
    public async Task AccessReport_ForTheCallCentre_IsRefused()
    {
        User.As(Roles.CallCentre);
        await using var scope = Scope();
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<AccessReportService>(scope).BuildAsync(Guid.NewGuid()));
    }
}
