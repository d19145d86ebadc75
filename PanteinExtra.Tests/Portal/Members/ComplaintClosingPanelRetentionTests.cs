using Bunit;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Features.Members;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Members;

/// <summary>The desk's complaints panel closes an open complaint with its outcome (the day its retention starts counting).</summary>
public sealed class ComplaintClosingPanelRetentionTests : CoreBackedComponentTest
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
        _household.Feedback.Add(new Feedback { HouseholdId = _household.Id, Kind = FeedbackKind.Complaint, Subject = "Monteur kwam te laat", ReceivedOn = new DateOnly(2026, 2, 1) });
        _household.Feedback.Add(new Feedback { HouseholdId = _household.Id, Kind = FeedbackKind.Compliment, Subject = "Vriendelijk geholpen", ReceivedOn = new DateOnly(2026, 2, 2) });
        await using var db = Core.RawDb();
        db.Households.Add(_household);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Agent_ClosesTheOpenComplaint_FirstWithoutOutcome_GetsTheDutchFieldMessage_ThenWithOne()
    {
        SignInAs(Roles.CallCentre);
        var cut = Context.Render<HouseholdPage>(p => p.Add(x => x.HouseholdId, _household.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=caller-check]"));
        cut.Find("[data-testid=check-CallBackToKnownNumber] input, input[data-testid=check-CallBackToKnownNumber]").Change(true);
        cut.Find("[data-testid=caller-check-record]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=complaint-closing-form]"))); // the complaint, not the compliment
        cut.Find("[data-testid=close-complaint]").Click();
        cut.WaitForAssertion(() => Assert.Contains("De uitkomst is verplicht.", cut.Find("[data-testid=complaint-closing-form]").TextContent));

        cut.Find("textarea[data-testid=field-complaint-outcome]").Input("Excuses aangeboden, nieuwe afspraak gemaakt");
        cut.Find("[data-testid=close-complaint]").Click();

        cut.WaitForAssertion(() => Assert.Contains(
            $"Afgehandeld {Dutch.Date(DutchTime.Today(Core.Clock))}: Excuses aangeboden, nieuwe afspraak gemaakt", cut.Find("[data-testid=panel-feedback]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=complaint-closing-form]"));
        await using var db = Core.RawDb();
        Assert.NotNull((await db.Feedback.SingleAsync(f => f.Kind == FeedbackKind.Complaint && f.HouseholdId == _household.Id)).ClosedOn);
    }
}
