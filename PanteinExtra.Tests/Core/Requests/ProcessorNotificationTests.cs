using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

/// <summary>Art. 19 with the register: processors that hold a copy of the person's data get an instruction task.</summary>
public sealed class ProcessorNotificationTests : CoreTestHost
{
    private const string DirectDebit = "Incasso Zuid B.V.";
    private const string Printer = "Drukkerij Maas B.V.";
    private const string ComplaintDesk = "Klachtenbureau Noord B.V.";

    private RequestTestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedRetentionPoliciesAsync();
        _home = await RequestTestHousehold.CreateAsync(this);
        var today = DutchTime.Today(Clock);
        await using var db = RawDb();
        db.AddRange(
            new Contribution { HouseholdId = _home.HouseholdId, Year = today.Year - 1, AmountDue = 27.50m },
            new Subscription { HouseholdId = _home.HouseholdId, Kind = SubscriptionKind.Magazine, StartDate = today.AddYears(-5), Channel = ContactChannel.Post },
            new InsuranceDiscount { HouseholdId = _home.HouseholdId, PersonId = _home.MainMemberId, Insurer = "VGZ", StartDate = today.AddYears(-1) });
        var processors = new[] { DirectDebit, Printer, ComplaintDesk }
            .Select(name => new Processor { Name = name, Country = "Nederland", Services = "diensten" }).ToDictionary(p => p.Name);
        db.Processors.AddRange(processors.Values);
        var policies = await db.RetentionPolicies.ToDictionaryAsync(p => p.RecordKind, p => p.Id);
        void Activity(string name, string kind, params string[] by)
        {
            var activity = new ProcessingActivity();
            activity.Apply(
                new ActivityContent { Name = name, RetentionPolicyId = policies[kind], ProcessorIds = by.Select(n => processors[n].Id).ToList() },
                Clock.GetUtcNow().UtcDateTime, "Beheerder");
            db.ProcessingActivities.Add(activity);
        }

        Activity("Contributie en betalingen", ContributionRecordKind.KindKey, DirectDebit);
        Activity("Magazine en ledenpas", EndDatedRecordKinds.Subscription.Key, Printer);
        Activity("Ledenadministratie", HouseholdRecordKind.KindKey, DirectDebit, Printer);
        Activity("Klachten en complimenten", ComplaintRecordKind.KindKey, ComplaintDesk);
        await db.SaveChangesAsync();
        User.As(Roles.PrivacyOfficer);
    }

    private async Task<Guid> InProgressAsync(RequestType type)
    {
        await using var scope = Scope();
        return await _home.InProgressAsync(Get<RequestService>(scope), type, DutchTime.Today(Clock));
    }

    private async Task<IReadOnlyList<NotificationTask>> TasksAsync(Guid requestId)
    {
        await using var scope = Scope();
        return await Get<FulfilmentService>(scope).CreateNotificationTasksAsync(requestId);
    }

    [Fact]
    public async Task Erasure_InstructsTheProcessorsOfTheKindsTheHouseholdHas_ButNotOfKindsItLacks()
    {
        var tasks = await TasksAsync(await InProgressAsync(RequestType.Erasure));

        var processors = tasks.Where(t => t.RecipientKind == RecipientKind.Processor).Select(t => t.RecipientName).Order().ToList();
        Assert.Equal([Printer, DirectDebit], processors);
        Assert.DoesNotContain(tasks, t => t.RecipientName == ComplaintDesk);
        var debit = tasks.Single(t => t.RecipientName == DirectDebit);
        Assert.StartsWith("Instructie aan de verwerker: de gegevens wissen (artikel 19 en artikel 28, lid 3 AVG).", debit.SharedWhat);
        Assert.Contains("contributies en betalingen", debit.SharedWhat);
        Assert.Equal(RecipientKind.Insurer, tasks.Single(t => t.RecipientName == "VGZ").RecipientKind);
    }

    [Fact]
    public async Task AComplaint_MakesTheComplaintProcessorARecipient_AndARectificationAsksItToCorrect()
    {
        await using (var db = RawDb())
        {
            db.Feedback.Add(new Feedback { HouseholdId = _home.HouseholdId, PersonId = _home.MainMemberId, Kind = FeedbackKind.Complaint, ReceivedOn = DutchTime.Today(Clock), Subject = "Te laat bezorgd" });
            await db.SaveChangesAsync();
        }

        var tasks = await TasksAsync(await InProgressAsync(RequestType.Rectification));

        var desk = tasks.Single(t => t.RecipientName == ComplaintDesk);
        Assert.Equal(RecipientKind.Processor, desk.RecipientKind);
        Assert.StartsWith("Instructie aan de verwerker: de gegevens corrigeren", desk.SharedWhat);
    }

    [Fact]
    public async Task AProcessorOfSeveralActivities_GetsOneTask_AlsoWhenTheRecipientsAreFetchedAgain()
    {
        var id = await InProgressAsync(RequestType.Restriction);

        await TasksAsync(id);
        var tasks = await TasksAsync(id);

        Assert.Single(tasks, t => t.RecipientName == DirectDebit);
        Assert.Single(tasks, t => t.RecipientName == Printer);
        Assert.Contains("Contributie en betalingen, Ledenadministratie", tasks.Single(t => t.RecipientName == DirectDebit).SharedWhat);
        await using var db = RawDb();
        Assert.Equal(3, await db.NotificationTasks.CountAsync(t => t.RequestId == id));
    }

    [Fact]
    public async Task TheRecipientKind_IsStoredWithTheTask()
    {
        var id = await InProgressAsync(RequestType.Erasure);
        await TasksAsync(id);

        await using var db = RawDb();
        var kinds = await db.NotificationTasks.Where(t => t.RequestId == id).ToDictionaryAsync(t => t.RecipientName, t => t.RecipientKind);
        Assert.Equal(RecipientKind.Processor, kinds[Printer]);
        Assert.Equal(RecipientKind.Insurer, kinds["VGZ"]);
        var stored = await db.Database.SqlQueryRaw<string>(
            "SELECT \"RecipientKind\" AS \"Value\" FROM \"NotificationTasks\" WHERE \"RecipientName\" = {0}", Printer).SingleAsync();
        Assert.Equal("Processor", stored);
    }

    [Fact]
    public async Task TheNewsletterService_IsInstructedOnlyForAHouseholdWithTheNewsletter_NotForOneWithOnlyTheMagazine()
    {
        const string mailer = "MailStroom Inc.";
        await using (var db = RawDb())
        {
            var service = new Processor { Name = mailer, Country = "Verenigde Staten", Services = "nieuwsbrief" };
            db.Processors.Add(service);
            var newsletter = new ProcessingActivity();
            var subscriptions = await db.RetentionPolicies.SingleAsync(p => p.RecordKind == EndDatedRecordKinds.Subscription.Key);
            newsletter.Apply(
                new ActivityContent { Name = "Nieuwsbrief", RetentionPolicyId = subscriptions.Id, ProcessorIds = [service.Id] },
                Clock.GetUtcNow().UtcDateTime, "Beheerder");
            db.ProcessingActivities.Add(newsletter);
            var purpose = new ConsentPurpose { Code = "nieuwsbrief", Name = "Nieuwsbrief", Kind = ConsentPurposeKind.Newsletter, CreatedAtUtc = Clock.GetUtcNow().UtcDateTime };
            purpose.AddWording("Ik wil de nieuwsbrief ontvangen.", Clock.GetUtcNow().UtcDateTime, "Beheerder");
            purpose.LinkToActivity(newsletter.Id);
            db.ConsentPurposes.Add(purpose);
            await db.SaveChangesAsync();
        }

        var magazineOnly = await TasksAsync(await InProgressAsync(RequestType.Erasure));
        Assert.DoesNotContain(magazineOnly, t => t.RecipientName == mailer);
        Assert.Contains(magazineOnly, t => t.RecipientName == Printer);

        await using (var db = RawDb())
        {
            db.Subscriptions.Add(new Subscription { HouseholdId = _home.HouseholdId, PersonId = _home.MainMemberId, Kind = SubscriptionKind.Newsletter, StartDate = DutchTime.Today(Clock).AddYears(-1), Channel = ContactChannel.Email });
            await db.SaveChangesAsync();
        }

        var withNewsletter = await TasksAsync(await InProgressAsync(RequestType.Restriction));
        Assert.Equal(RecipientKind.Processor, withNewsletter.Single(t => t.RecipientName == mailer).RecipientKind);
    }

    [Fact]
    public void EveryKindOfThePortalsOwnRecords_IsAskedWhetherThePersonHasAny()
    {
        var kinds = Services.GetServices<IRetentionRecordKind>().Select(k => k.Key).ToList();

        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.True(
            ProcessorRecipientSource.Holds.ContainsKey(k) ^ ProcessorRecipientSource.TiedToNobody.Contains(k),
            $"'{k}' is not checked for processors (or is both checked and said to belong to nobody)"));
    }
}
