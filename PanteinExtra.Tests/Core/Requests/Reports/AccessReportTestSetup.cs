using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Reports;
using PanteinExtra.Core.Retention.Kinds;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.Core.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests.Reports;

/// <summary>
/// A small register as the demo organisation keeps it: the membership administration (contract, a Dutch processor),
/// the magazine and the newsletter both on the subscriptions' policy, the newsletter on consent with a processor in the
/// United States, and the website statistics, which hold no member's data. A member with a magazine subscription.
/// </summary>
public abstract class AccessReportTestSetup : CoreTestHost
{
    public const string Members = "Ledenadministratie";
    public const string Magazine = "Magazine en ledenpas";
    public const string Newsletter = "Nieuwsbrief en online magazine";
    public const string Statistics = "Websitestatistieken";
    public const string UsProcessor = "MailStroom Inc.";

    protected TestHousehold Home { get; private set; } = default!;

    protected ConsentPurpose NewsletterPurpose { get; private set; } = default!;

    /// <summary>The default retention policies, as on every start.</summary>
    protected override bool SeedReferenceData => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(this);
        Home = await ConsentTestData.SeedHouseholdAsync(this);
        await ConsentTestData.SubscribeAsync(this, Home.Main, SubscriptionKind.Magazine, new DateOnly(2016, 1, 1));
        NewsletterPurpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);

        User.As(Roles.Administrator, "Ingrid Visser");
        await using var scope = Scope();
        var processors = Get<ProcessorService>(scope);
        var memberSystem = (await processors.SaveAsync(null, new ProcessorInput { Name = "Ledenbeheer Online B.V.", Country = "Nederland", Services = "Levert het ledensysteem." }, Guid.Empty)).Value;
        var mailer = (await processors.SaveAsync(null, new ProcessorInput { Name = UsProcessor, Country = "Verenigde Staten", Services = "Verstuurt de nieuwsbrief." }, Guid.Empty)).Value;
        Guid Policy(string kind)
        {
            using var db = RawDb();
            return db.RetentionPolicies.AsNoTracking().Single(p => p.RecordKind == kind).Id;
        }

        var register = Get<RegisterService>(scope);
        await register.CreateAsync(RegisterTestData.Complete(Members, memberSystem) with { RetentionPolicyId = Policy(HouseholdRecordKind.KindKey), RetentionPeriod = null });
        await register.CreateAsync(RegisterTestData.Complete(Magazine) with
        {
            Purposes = ["Het magazine en de ledenpas versturen"],
            RetentionPolicyId = Policy(EndDatedRecordKinds.Subscription.Key),
            RetentionPeriod = null,
        });
        var newsletter = (await register.CreateAsync(RegisterTestData.Complete(Newsletter, mailer) with
        {
            Purposes = ["De nieuwsbrief versturen"],
            LegalBasis = LegalBasis.Consent,
            RetentionPolicyId = Policy(EndDatedRecordKinds.Subscription.Key),
            RetentionPeriod = null,
            TransfersOutsideEea = true,
            TransferCountries = "Verenigde Staten",
            TransferSafeguards = "Standaardcontractbepalingen (SCC's) van de Europese Commissie",
        })).Value!;
        await register.CreateAsync(RegisterTestData.Complete(Statistics) with { Purposes = ["De website verbeteren"] });
        var linked = await Get<ConsentPurposeService>(scope).LinkActivityAsync(NewsletterPurpose.Id, NewsletterPurpose.ConcurrencyStamp, newsletter.Id);
        Assert.True(linked.Succeeded, linked.Message);
    }

    /// <summary>The member gives consent to the newsletter on a verified call.</summary>
    protected async Task GiveNewsletterConsentAsync()
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using var scope = Scope();
        await VerifiedCallAsync(scope, Home.Household.Id);
        var given = await Get<ConsentService>(scope).GiveAsync(new ConsentDecisionInput(Home.Main.Id, NewsletterPurpose.Id, ConsentChannel.Phone));
        Assert.True(given.Succeeded, given.Message);
    }

    /// <summary>The FG registers an access request of the main member (identity verified on intake) and builds its report.</summary>
    protected async Task<AccessReport> ReportAsync()
    {
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var registered = await Get<RequestService>(scope).RegisterAsync(new RegisterRequestInput
        {
            Type = RequestType.Access,
            ReceivedOn = DutchTime.Today(Clock),
            Channel = ReceivedChannel.Letter,
            HouseholdId = Home.Household.Id,
            PersonId = Home.Main.Id,
            Requester = RequesterKind.DataSubject,
            ChecksOnIntake = RequestIdentityChecks.CallBackOnKnownNumber,
        });
        Assert.True(registered.Succeeded, registered.Message);
        return await Get<AccessReportService>(scope).BuildAsync(registered.Value!.Id);
    }
}
