using Bunit;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Features.Members;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Members;

/// <summary>The desk's "break the glass" dialog and marker, and the FG's marking on the household page.</summary>
public sealed class ProtectedHouseholdPageTests : CoreBackedComponentTest
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
        _household = MemberBuilders.Household("Jan", "de", "Vries", "5911AB", 12, city: "Venlo", phone: "077-1234567");
        await using var db = Core.RawDb();
        db.Households.Add(_household);
        db.ProtectedHouseholds.Add(ProtectedHousehold.Mark(_household.Id, ProtectionKind.BoardMember, "Voorzitter", "FG", DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    private IRenderedComponent<HouseholdPage> Render() =>
        Context.Render<HouseholdPage>(p => p.Add(x => x.HouseholdId, _household.Id));

    private static void VerifyCaller(IRenderedComponent<HouseholdPage> cut)
    {
        cut.WaitForAssertion(() => cut.Find("[data-testid=caller-check]"));
        cut.Find("[data-testid=check-DateOfBirth] input, input[data-testid=check-DateOfBirth]").Change(true);
        cut.Find("[data-testid=check-PostcodeAndHouseNumber] input, input[data-testid=check-PostcodeAndHouseNumber]").Change(true);
        cut.Find("[data-testid=caller-check-record]").Click();
    }

    [Fact]
    public void Agent_OnAProtectedHousehold_SeesTheMarkerAndTheDialog_NotTheDetails()
    {
        SignInAs(Roles.CallCentre);
        var cut = Render();
        VerifyCaller(cut);

        cut.WaitForAssertion(() => Assert.NotNull(Dialogs.Find("[data-testid=stated-reason-dialog]")));
        Assert.Contains("beschermd huishouden", cut.Find("[data-testid=protected-marker]").TextContent);
        Assert.Contains("Dit is een beschermd huishouden", cut.Find("[data-testid=reason-required]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=panel-contact-details]"));
        Assert.DoesNotContain("077-1234567", cut.Markup);
    }

    [Fact]
    public void Agent_ReasonTooShort_SeesTheDutchMessage_AndTheDetailsStayClosed()
    {
        SignInAs(Roles.CallCentre);
        var cut = Render();
        VerifyCaller(cut);
        cut.WaitForAssertion(() => Dialogs.Find("[data-testid=stated-reason]"));

        Dialogs.Find("input[data-testid=stated-reason], [data-testid=stated-reason] input").Input("kijken");
        Dialogs.Find("[data-testid=stated-reason-confirm]").Click();

        Dialogs.WaitForAssertion(() => Assert.Contains($"Reden moet minstens {ProtectionLimits.ReasonMinimum} tekens lang zijn.", Dialogs.Markup));
        Assert.DoesNotContain("077-1234567", cut.Markup);
    }

    [Fact]
    public async Task Agent_AfterStatingAReason_SeesTheDetails_StillMarkedProtected()
    {
        SignInAs(Roles.CallCentre);
        var cut = Render();
        VerifyCaller(cut);
        cut.WaitForAssertion(() => Dialogs.Find("[data-testid=stated-reason]"));

        Dialogs.Find("input[data-testid=stated-reason], [data-testid=stated-reason] input").Input("Lid belt zelf over een adreswijziging");
        Dialogs.Find("[data-testid=stated-reason-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Contains("077-1234567", cut.Find("[data-testid=household-phone]").TextContent));
        Assert.NotNull(cut.Find("[data-testid=protected-marker]"));
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("[data-testid=stated-reason-dialog]")));
        await using var db = Core.RawDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == ProtectionEventTypes.StateReason && e.Details!.Contains("adreswijziging")));
    }

    [Fact]
    public void Fg_SeesTheProtectionPanel_AndLiftsTheProtection()
    {
        SignInAs(Roles.PrivacyOfficer);
        var cut = Render();

        cut.WaitForAssertion(() => Assert.Contains("Beschermd: bestuurslid", cut.Find("[data-testid=protection-status]").TextContent));
        cut.Find("[data-testid=protection-unmark]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Niet beschermd", cut.Find("[data-testid=protection-status]").TextContent));
    }
}
