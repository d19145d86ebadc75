using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

/// <summary>A household with a main member, a housemate and two contact persons (one allowed to submit requests).</summary>
public sealed record RequestTestHousehold(Guid HouseholdId, Guid MainMemberId, Guid HousemateId, Guid AuthorisedContactId, Guid InformOnlyContactId)
{
    public static async Task<RequestTestHousehold> CreateAsync(CoreTestHost host)
    {
        var household = new Household
        {
            MemberNumber = Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Street = "Kerkstraat",
            HouseNumber = 12,
            Postcode = "6511AB",
            City = "Nijmegen",
            MemberSince = new DateOnly(2015, 1, 1),
        };
        var main = new Person { HouseholdId = household.Id, Role = PersonRole.MainMember, FirstName = "Johanna", Infix = "van der", LastName = "Berg", DateOfBirth = new DateOnly(1941, 5, 3) };
        var mate = new Person { HouseholdId = household.Id, Role = PersonRole.Housemate, FirstName = "Kees", Infix = "van der", LastName = "Berg" };
        var authorised = new ContactPerson
        {
            HouseholdId = household.Id,
            Name = "Ellen van der Berg",
            Relation = "dochter",
            Permissions = ContactPersonPermissions.ReceiveInformation | ContactPersonPermissions.SubmitPrivacyRequests,
        };
        var informOnly = new ContactPerson { HouseholdId = household.Id, Name = "Piet Jansen", Relation = "buurman" };
        await using var db = host.RawDb();
        db.AddRange(household, main, mate, authorised, informOnly);
        await db.SaveChangesAsync();
        return new RequestTestHousehold(household.Id, main.Id, mate.Id, authorised.Id, informOnly.Id);
    }

    /// <summary>A request about a person of this household (the main member unless said otherwise), received by letter.</summary>
    public RegisterRequestInput Input(
        RequestType type, DateOnly receivedOn, Guid? personId = null, RequestIdentityChecks checks = RequestIdentityChecks.None,
        ReceivedChannel channel = ReceivedChannel.Letter, RequesterKind requester = RequesterKind.DataSubject) => new()
        {
            Type = type,
            ReceivedOn = receivedOn,
            Channel = channel,
            HouseholdId = HouseholdId,
            PersonId = personId ?? MainMemberId,
            Requester = requester,
            ChecksOnIntake = checks,
        };

    /// <summary>Registers a request whose identity was verified on intake and takes it into progress.</summary>
    public async Task<Guid> InProgressAsync(RequestService service, RequestType type, DateOnly today, Guid? personId = null)
    {
        var registered = (await service.RegisterAsync(Input(type, today, personId, RequestIdentityChecks.CallBackOnKnownNumber))).Value!;
        var check = await service.MoveAsync(registered.Id, RequestStatus.IdentityCheck, new() { ConcurrencyStamp = registered.ConcurrencyStamp });
        await service.MoveAsync(registered.Id, RequestStatus.InProgress, new() { ConcurrencyStamp = check.Value!.ConcurrencyStamp });
        return registered.Id;
    }
}
