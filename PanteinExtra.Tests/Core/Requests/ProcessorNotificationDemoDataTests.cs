using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.DemoData.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

public sealed class ProcessorNotificationDemoDataTests : CoreTestHost
{
    protected override bool SeedDemoData => true;

    [Fact]
    public async Task ADemoHouseholdWithContributions_GetsATaskForTheDirectDebitProcessor_FromTheDemoRegister()
    {
        Guid householdId, personId;
        await using (var db = RawDb())
        {
            householdId = await db.Contributions.Select(c => c.HouseholdId)
                .Where(h => db.Households.Any(x => x.Id == h && x.DataErasedOn == null)).FirstAsync();
            personId = await db.Persons.Where(p => p.HouseholdId == householdId && p.Role == PersonRole.MainMember).Select(p => p.Id).FirstAsync();
        }

        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var registered = await Get<RequestService>(scope).RegisterAsync(new RegisterRequestInput
        {
            Type = RequestType.Erasure,
            ReceivedOn = DutchTime.Today(Clock),
            Channel = ReceivedChannel.Letter,
            HouseholdId = householdId,
            PersonId = personId,
            ChecksOnIntake = RequestIdentityChecks.CallBackOnKnownNumber,
        });

        var tasks = await Get<FulfilmentService>(scope).CreateNotificationTasksAsync(registered.Value!.Id);

        var debit = Assert.Single(tasks, t => t.RecipientName == RegisterDemoData.PaymentProvider);
        Assert.Equal(RecipientKind.Processor, debit.RecipientKind);
        Assert.Contains("Contributie en betalingen", debit.SharedWhat);
    }
}
