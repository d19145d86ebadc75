using Bunit;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Features.Members;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Members;

/// <summary>The household page of a household whose data was erased shows that, and nothing else (issue 11 point 5).</summary>
public sealed class ErasedHouseholdPageTests : CoreBackedComponentTest
{
    private Household _household = default!;

    protected override IEnumerable<Type> CoreServices =>
    [
        typeof(HouseholdService), typeof(CallerCheckService), typeof(CallContext), typeof(MemberDeskService), typeof(AuditLogService),
        typeof(PanteinExtra.Core.Common.IProcessingRestrictions), typeof(AuditContext),
        typeof(PanteinExtra.Core.Consent.ConsentService), typeof(PanteinExtra.Core.Consent.ConsentPurposeService),
        typeof(PanteinExtra.Core.Consent.ConsentReceiptService), typeof(PanteinExtra.Core.Referrals.ReferralService), typeof(PanteinExtra.Core.Courses.CourseRegistrationService), typeof(PanteinExtra.Core.Courses.CourseCatalogueService),
        typeof(PanteinExtra.Core.Referrals.ServiceProviderService), typeof(PanteinExtra.Core.Requests.RequestService),
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _household = MemberBuilders.Household("Jan", "de", "Vries", "5911AB", 12, city: "Venlo", phone: "077-1234567");
        _household.Contributions.Add(new Contribution { HouseholdId = _household.Id, Year = 2025, AmountDue = 31.75m, AmountPaid = 31.75m, PaidOn = new DateOnly(2025, 3, 1) });
        await using var db = Core.RawDb();
        db.Households.Add(_household);
        await db.SaveChangesAsync();
        var stored = await db.Households.Include(h => h.Persons).SingleAsync(h => h.Id == _household.Id);
        stored.EndMembership(new DateOnly(2026, 1, 31));
        stored.Anonymise(new DateOnly(2026, 2, 1));
        stored.Persons.ForEach(p => p.Anonymise());
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.PrivacyOfficer)]
    public void ErasedHousehold_ShowsOnlyThatTheMembershipEndedAndTheDataWasErased(string role)
    {
        SignInAs(role);

        var cut = Context.Render<HouseholdPage>(p => p.Add(x => x.HouseholdId, _household.Id));

        cut.WaitForAssertion(() => Assert.Contains(
            $"Lidnummer {_household.MemberNumber}: Lidmaatschap beëindigd op 31 januari 2026, gegevens gewist.",
            cut.Find("[data-testid=household-erased]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=caller-check]"));
        Assert.Empty(cut.FindAll("[data-testid=household-name]"));
        Assert.Empty(cut.FindAll("[data-testid^=panel-]"));
        Assert.DoesNotContain("31,75", cut.Markup);
        Assert.DoesNotContain("Venlo", cut.Markup);
    }
}
