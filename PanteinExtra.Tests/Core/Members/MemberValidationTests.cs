using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Members;

public sealed class MemberValidationTests
{
    private static ContactDetailsInput Valid() => new()
    {
        Street = "Kerkstraat",
        HouseNumber = 12,
        Postcode = "5911 AB",
        City = "Venlo",
        Phone = "077-1234567",
        Email = "jan@voorbeeld.nl",
    };

    [Fact]
    public void ContactDetails_Valid_HasNoErrors() => Assert.Empty(InputRules.Check(Valid()));

    [Theory]
    [InlineData("Postcode", "59111", "Vul een geldige postcode in: vier cijfers en twee letters, bijv. 6511 AB.")]
    [InlineData("Postcode", "", "Postcode is verplicht.")]
    [InlineData("Phone", "12345", "Vul een geldig telefoonnummer in, bijv. 06-12345678 of 024-3456789.")]
    [InlineData("Email", "jan@", "Vul een geldig e-mailadres in, bijv. naam@voorbeeld.nl.")]
    [InlineData("Street", " ", "Straat is verplicht.")]
    [InlineData("City", "", "Plaats is verplicht.")]
    [InlineData("HouseNumberAddition", "abcde", "Een toevoeging bestaat uit hoogstens vier letters of cijfers, bijv. A of 2.")]
    public void ContactDetails_InvalidField_GetsItsDutchMessage(string field, string value, string message)
    {
        var input = Valid();
        typeof(ContactDetailsInput).GetProperty(field)!.SetValue(input, value);

        var errors = InputRules.Check(input);

        Assert.Equal(message, Assert.Single(errors).Value);
        Assert.Equal(field, errors.Single().Key);
    }

    [Fact]
    public void ContactDetails_MissingHouseNumber_IsRequired()
    {
        var input = Valid();
        input.HouseNumber = null;

        Assert.Equal("Huisnummer is verplicht.", InputRules.Check(input)["HouseNumber"]);
    }

    [Fact]
    public void Person_RequiresFirstAndLastName()
    {
        var errors = InputRules.Check(new PersonInput { FirstName = "", LastName = null });

        Assert.Equal("Voornaam is verplicht.", errors["FirstName"]);
        Assert.Equal("Achternaam is verplicht.", errors["LastName"]);
    }

    [Fact]
    public void Feedback_PrivacyCompliment_IsRefused()
    {
        var errors = InputRules.Check(new FeedbackInput { Kind = FeedbackKind.Compliment, Subject = "Fijn", IsPrivacyComplaint = true });

        Assert.Equal("Alleen een klacht kan een privacyklacht zijn.", errors["IsPrivacyComplaint"]);
    }
}
