using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Members;

public sealed class SearchNormalisationTests
{
    [Theory]
    [InlineData("Müller", "muller")]
    [InlineData("De Vries", "de vries")]
    [InlineData("  van   der  Berg ", "van der berg")]
    [InlineData("'t Hart", "t hart")]
    [InlineData("Çelik-Özdemir", "celik ozdemir")]
    [InlineData("Straße", "strasse")]
    [InlineData("Søren", "soren")]
    [InlineData("", "")]
    public void Fold_RemovesCaseDiacriticsAndPunctuation(string input, string expected) =>
        Assert.Equal(expected, SearchText.Fold(input));

    [Fact]
    public void UpperBound_IsJustAboveEveryStringWithThePrefix()
    {
        var upper = SearchText.UpperBound("n:vries");
        Assert.Equal("n:vriet", upper);
        Assert.True(string.CompareOrdinal("n:vriesinga", upper) < 0);
        Assert.True(string.CompareOrdinal("n:vriet", upper) >= 0);
    }

    [Theory]
    [InlineData("06-12345678", "0612345678")]
    [InlineData("06 12 34 56 78", "0612345678")]
    [InlineData("(06) 123 456 78", "0612345678")]
    [InlineData("+31 6 1234 5678", "0612345678")]
    [InlineData("+31 (0)6 12345678", "0612345678")]
    [InlineData("0031612345678", "0612345678")]
    [InlineData("31612345678", "0612345678")]
    [InlineData("077-3456789", "0773456789")]
    [InlineData("0478 123456", "0478123456")]
    [InlineData("+49 2151 123456", "+492151123456")]
    public void CanonicalPhone_AcceptsEveryCommonDutchNotation(string input, string expected) =>
        Assert.Equal(expected, DutchFormats.CanonicalPhone(input));

    [Theory]
    [InlineData("12345")]
    [InlineData("061234567")]
    [InlineData("0061234567890123456")]
    [InlineData("bel me")]
    public void CanonicalPhone_RejectsWhatIsNoPhoneNumber(string input) => Assert.Null(DutchFormats.CanonicalPhone(input));

    [Theory]
    [InlineData("1234AB", "1234AB")]
    [InlineData("1234 ab", "1234AB")]
    [InlineData(" 5911xz ", "5911XZ")]
    [InlineData("0123AB", null)]
    [InlineData("1234 SS", null)]
    [InlineData("12345", null)]
    public void NormalisePostcode_AcceptsBothNotations(string input, string? expected) =>
        Assert.Equal(expected, DutchFormats.NormalisePostcode(input));

    [Theory]
    [InlineData("1000123", MemberSearchKind.MemberNumber, "1000123", false)]
    [InlineData("1234AB 12", MemberSearchKind.Address, "a:1234ab 12", false)]
    [InlineData("1234 ab 12", MemberSearchKind.Address, "a:1234ab 12", false)]
    [InlineData("1234ab12a", MemberSearchKind.Address, "a:1234ab 12 a", false)]
    [InlineData("1234 AB 12-bis", MemberSearchKind.Address, "a:1234ab 12 bis", false)]
    [InlineData("1234 AB", MemberSearchKind.Address, "a:1234ab ", true)]
    [InlineData("+31 6 12345678", MemberSearchKind.Phone, "t:0612345678", false)]
    [InlineData("06-12345678", MemberSearchKind.Phone, "t:0612345678", false)]
    [InlineData("Jan@Voorbeeld.NL", MemberSearchKind.Email, "e:jan@voorbeeld.nl", true)]
    [InlineData("de Vries", MemberSearchKind.Name, "n:de vries", true)]
    [InlineData("MÜLLER", MemberSearchKind.Name, "n:muller", true)]
    public void Parse_RecognisesTheKindAndNormalises(string text, MemberSearchKind kind, string value, bool prefix)
    {
        var query = MemberSearchQuery.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(new MemberSearchQuery(kind, value, prefix), query);
    }

    [Theory]
    [InlineData("", "Vul een zoekterm in.")]
    [InlineData("j", "Typ minstens 2 letters van de naam.")]
    [InlineData("12345", "Dit is geen lidnummer (7 cijfers) of volledig telefoonnummer.")]
    public void Parse_ExplainsInDutchWhatCannotBeSearched(string text, string expected)
    {
        Assert.Null(MemberSearchQuery.Parse(text, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void KeysOfAPerson_CoverNameVariantsAndPhone()
    {
        var person = new Person { FirstName = "Jan", Infix = "de", LastName = "Vriës", Phone = "+31 6 1234 5678" };

        var keys = HouseholdSearchKeys.For(person).ToHashSet();

        Assert.Superset(new HashSet<string> { "n:jan", "n:vries", "n:de vries", "n:jan vries", "n:jan de vries", "n:vries jan", "t:0612345678" }, keys);
    }

    [Fact]
    public void KeysOfAHousehold_HaveTheAddressWithAndWithoutAddition()
    {
        var h = MemberBuilders.Household(postcode: "5911AB", houseNumber: 12, addition: "a", email: "Jan@Example.nl");

        var keys = HouseholdSearchKeys.For(h).ToHashSet();

        Assert.Equal(new HashSet<string> { "a:5911ab 12", "a:5911ab 12 a", "e:jan@example.nl" }, keys);
    }
}
