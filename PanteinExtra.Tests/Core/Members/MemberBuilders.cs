using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Members;

/// <summary>Test households: one main member, optionally a housemate and a contact person.</summary>
public static class MemberBuilders
{
    private static int _next = 5_000_000;

    public static Household Household(
        string firstName = "Jan",
        string? infix = null,
        string lastName = "Jansen",
        string postcode = "5911AB",
        int houseNumber = 12,
        string? addition = null,
        string city = "Venlo",
        string? phone = null,
        string? email = null,
        DateOnly? dateOfBirth = null)
    {
        var h = new Household
        {
            MemberNumber = Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Street = "Kerkstraat",
            HouseNumber = houseNumber,
            HouseNumberAddition = addition,
            Postcode = postcode,
            City = city,
            Phone = phone,
            Email = email,
            MemberSince = new DateOnly(2015, 4, 1),
        };
        h.Persons.Add(new Person
        {
            HouseholdId = h.Id,
            Role = PersonRole.MainMember,
            FirstName = firstName,
            Infix = infix,
            LastName = lastName,
            DateOfBirth = dateOfBirth ?? new DateOnly(1945, 6, 1),
        });
        return h;
    }

    public static Household WithHousemate(this Household h, string firstName, string lastName, string? phone = null)
    {
        h.Persons.Add(new Person { HouseholdId = h.Id, Role = PersonRole.Housemate, FirstName = firstName, LastName = lastName, Phone = phone });
        return h;
    }

    public static Household WithContactPerson(this Household h, string name, ContactPersonPermissions permissions)
    {
        h.ContactPersons.Add(new ContactPerson { HouseholdId = h.Id, Name = name, Relation = "dochter", Phone = "06-11112222", Permissions = permissions });
        return h;
    }
}
