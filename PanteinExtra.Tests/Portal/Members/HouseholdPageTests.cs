using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Features.Members;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Members;

public sealed class HouseholdPageTests : CoreBackedComponentTest
{
    private Household _household = default!;

    protected override IEnumerable<Type> CoreServices =>
    [
        typeof(HouseholdService), typeof(CallerCheckService), typeof(CallContext), typeof(MemberDeskService), typeof(AuditLogService),
        typeof(PanteinExtra.Core.Common.IProcessingRestrictions), typeof(AuditContext),
        typeof(PanteinExtra.Core.Consent.ConsentService), typeof(PanteinExtra.Core.Consent.ConsentPurposeService),
        typeof(PanteinExtra.Core.Consent.ConsentReceiptService), typeof(PanteinExtra.Core.Referrals.ReferralService), typeof(PanteinExtra.Core.Courses.CourseRegistrationService), typeof(PanteinExtra.Core.Courses.CourseCatalogueService),
        typeof(PanteinExtra.Core.Referrals.ServiceProviderService), typeof(PanteinExtra.Core.Requests.RequestService),
        typeof(ProtectedHouseholdService),
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _household = MemberBuilders.Household("Jan", "de", "Vries", "5911AB", 12, city: "Venlo", phone: "077-1234567")
            .WithContactPerson("Els de Vries", ContactPersonPermissions.ReceiveInformation);
        await using var db = Core.RawDb();
        db.Households.Add(_household);
        await db.SaveChangesAsync();
    }

    private IRenderedComponent<HouseholdPage> Render() =>
        Context.Render<HouseholdPage>(p => p.Add(x => x.HouseholdId, _household.Id));

    private static void Check(IRenderedComponent<HouseholdPage> cut, IdentityChecks check) =>
        cut.Find($"[data-testid=check-{check}] input, input[data-testid=check-{check}]").Change(true);

    [Fact]
    public async Task Fg_WorkingOnARectificationRequest_SeesTheRequestAsPurpose_AndMayCorrect()
    {
        SignInAs(Roles.PrivacyOfficer);
        var requests = Context.Services.GetRequiredService<PanteinExtra.Core.Requests.RequestService>();
        var registered = (await requests.RegisterAsync(new PanteinExtra.Core.Requests.RegisterRequestInput
        {
            Type = PanteinExtra.Core.Requests.RequestType.Rectification,
            ReceivedOn = DutchTime.Today(Core.Clock),
            Channel = ReceivedChannel.Letter,
            HouseholdId = _household.Id,
            PersonId = _household.Persons[0].Id,
            ChecksOnIntake = PanteinExtra.Core.Requests.RequestIdentityChecks.CallBackOnKnownNumber,
        })).Value!;
        var check = await requests.MoveAsync(
            registered.Id, PanteinExtra.Core.Requests.RequestStatus.IdentityCheck, new() { ConcurrencyStamp = registered.ConcurrencyStamp });
        await requests.MoveAsync(
            registered.Id, PanteinExtra.Core.Requests.RequestStatus.InProgress, new() { ConcurrencyStamp = check.Value!.ConcurrencyStamp });
        Assert.True((await requests.WorkOnHouseholdAsync(registered.Id)).Succeeded);

        var cut = Render();

        cut.WaitForAssertion(() => Assert.Contains("U wijzigt gegevens voor verzoek #1", cut.Find("[data-testid=verified-banner]").TextContent));
        Assert.Contains("Klaar met het verzoek", cut.Find("[data-testid=end-call]").TextContent);
        Assert.Contains("077-1234567", cut.Find("[data-testid=household-phone]").TextContent);
        cut.WaitForAssertion(() => Assert.Equal($"/verzoeken/{registered.Id}", cut.Find("[data-testid=request-link-1]").GetAttribute("href")));
    }

    [Fact]
    public void Agent_FirstSeesTheCallerCheck_NotTheDetails()
    {
        SignInAs(Roles.CallCentre);

        var cut = Render();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=caller-check]")));
        Assert.Contains("Jan de Vries", cut.Find("[data-testid=household-name]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=panel-contact-details]"));
        Assert.DoesNotContain("077-1234567", cut.Markup);
    }

    [Fact]
    public void Agent_AfterVerifiedCheck_SeesAllPanels_WithThePurposeOfUse()
    {
        SignInAs(Roles.CallCentre);
        var cut = Render();
        cut.WaitForAssertion(() => cut.Find("[data-testid=caller-check]"));

        Check(cut, IdentityChecks.DateOfBirth);
        Check(cut, IdentityChecks.PostcodeAndHouseNumber);
        cut.Find("[data-testid=caller-check-record]").Click();

        cut.WaitForAssertion(() => Assert.Contains("077-1234567", cut.Find("[data-testid=household-phone]").TextContent));
        Assert.Contains("telefonisch contact: lid zelf, geverifieerd (geboortedatum en postcode)", cut.Find("[data-testid=verified-banner]").TextContent);
        foreach (var panel in new[] { "persons", "contact-persons", "subscriptions", "insurance-discount", "contributions", "feedback", "call-notes" })
        {
            Assert.NotNull(cut.Find($"[data-testid=panel-{panel}]"));
        }

        Assert.Empty(cut.FindAll("[data-testid=panel-access-history]"));
    }

    [Fact]
    public void Agent_UnverifiedCaller_GetsTheBannerAndTheLimitedView()
    {
        SignInAs(Roles.CallCentre);
        var cut = Render();
        cut.WaitForAssertion(() => cut.Find("[data-testid=caller-check]"));

        Check(cut, IdentityChecks.MemberNumber);
        cut.Find("[data-testid=caller-check-record]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Beller niet geverifieerd", cut.Find("[data-testid=unverified-banner]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=panel-contact-details]"));
        Assert.DoesNotContain("077-1234567", cut.Markup);
        Assert.NotNull(cut.Find("[data-testid=feedback-form]"));
        Assert.NotNull(cut.Find("[data-testid=field-call-note]"));
    }

    [Fact]
    public void Agent_EditingAddress_SeesDutchValidationNextToTheField()
    {
        SignInAs(Roles.CallCentre);
        var cut = Render();
        cut.WaitForAssertion(() => cut.Find("[data-testid=caller-check]"));
        Check(cut, IdentityChecks.CallBackToKnownNumber);
        cut.Find("[data-testid=caller-check-record]").Click();
        cut.WaitForElement("[data-testid=edit-contact-details]").Click();

        cut.Find("[data-testid=field-postcode]").Input("59");
        cut.Find("[data-testid=field-email]").Input("geen-adres");

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("Vul een geldige postcode in: vier cijfers en twee letters, bijv. 6511 AB.", cut.Find("[data-testid=panel-contact-details]").TextContent);
            Assert.Contains("Vul een geldig e-mailadres in, bijv. naam@voorbeeld.nl.", cut.Find("[data-testid=panel-contact-details]").TextContent);
        });
    }

    [Fact]
    public async Task Agent_SavingAfterAColleagueChangedTheHousehold_IsToldAndKeepsTheirInput()
    {
        SignInAs(Roles.CallCentre);
        var cut = Render();
        cut.WaitForAssertion(() => cut.Find("[data-testid=caller-check]"));
        Check(cut, IdentityChecks.CallBackToKnownNumber);
        cut.Find("[data-testid=caller-check-record]").Click();
        cut.WaitForElement("[data-testid=edit-contact-details]").Click();
        await using (var db = Core.RawDb())
        {
            (await db.Households.FindAsync(_household.Id))!.City = "Blerick";
            await db.SaveChangesAsync();
        }

        cut.Find("[data-testid=field-city]").Input("Tegelen");
        cut.Find("[data-testid=save-contact-details]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Een collega heeft deze gegevens intussen gewijzigd", cut.Find("[data-testid=result-conflict]").TextContent));
        Assert.Equal("Tegelen", cut.Find("[data-testid=field-city]").GetAttribute("value"));
        await using var check = Core.RawDb();
        Assert.Equal("Blerick", (await check.Households.FindAsync(_household.Id))!.City);
    }

    [Fact]
    public async Task Fg_SeesEverything_AndWhoAccessedTheHousehold()
    {
        SignInAs(Roles.CallCentre, "Sanne de Jong");
        await using (var scope = Core.Scope())
        {
            await Core.Get<CallerCheckService>(scope).RecordAsync(_household.Id, new CallerCheckInput(CallerKind.Member, IdentityChecks.CallBackToKnownNumber));
            await Core.Get<HouseholdService>(scope).OpenAsync(_household.Id);
        }

        SignInAs(Roles.PrivacyOfficer);
        var cut = Render();

        cut.WaitForAssertion(() => Assert.Contains("Sanne de Jong", cut.Find("[data-testid=panel-access-history]").TextContent));
        var history = cut.Find("[data-testid=panel-access-history]").TextContent;
        Assert.Contains("Huishouden geopend", history);
        Assert.DoesNotContain("Household:View", history);
        Assert.Contains("telefonisch contact: lid zelf, geverifieerd (teruggebeld op bekend nummer)", history);
        Assert.NotNull(cut.Find("[data-testid=supervision-banner]"));
        Assert.Empty(cut.FindAll("[data-testid=caller-check]"));
        Assert.Empty(cut.FindAll("[data-testid=edit-contact-details]"));
    }
}
