using Bunit;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Features.Members;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Members;

public sealed class MemberSearchTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(MemberSearchService)];

    private async Task AddAsync(params Household[] households)
    {
        await using var db = Core.RawDb();
        db.Households.AddRange(households);
        await db.SaveChangesAsync();
    }

    private static void Search(IRenderedComponent<MemberSearch> cut, string text)
    {
        cut.Find("input#member-search-input").Input(text);
        cut.Find("[data-testid=member-search-button]").Click();
    }

    [Fact]
    public async Task Search_ShowsOnlyNamePlaceMemberNumberAndStatus()
    {
        var h = MemberBuilders.Household("Anna", null, "Müller", "6511AB", 3, city: "Nijmegen", phone: "06-12345678", email: "anna@voorbeeld.nl");
        await AddAsync(h);
        SignInAs(Roles.CallCentre);
        var cut = Context.Render<MemberSearch>();

        Search(cut, "muller");

        cut.WaitForAssertion(() => Assert.Equal("Anna Müller", cut.Find("[data-testid=member-result]").TextContent));
        var results = cut.Find("[data-testid=member-results]").TextContent;
        Assert.Contains("Nijmegen", results);
        Assert.Contains(h.MemberNumber, results);
        Assert.Contains("lid", results);
        Assert.Contains("Gezocht op naam: 1 resultaat.", results);
        Assert.DoesNotContain("6511", results);
        Assert.DoesNotContain("06-12345678", results);
        Assert.DoesNotContain("anna@voorbeeld.nl", results);
        Assert.EndsWith($"/leden/{h.Id}", cut.Find("[data-testid=member-result]").GetAttribute("href"));
    }

    [Fact]
    public async Task Search_ByTheKeptMemberNumberOfAnErasedHousehold_ShowsOnlyThatTheDataWasErased()
    {
        var h = MemberBuilders.Household("Anna", null, "Müller", "6511AB", 3, city: "Nijmegen");
        h.EndMembership(new DateOnly(2026, 1, 31));
        h.Anonymise(new DateOnly(2026, 2, 1));
        h.Persons.ForEach(p => p.Anonymise());
        await AddAsync(h);
        SignInAs(Roles.CallCentre);
        var cut = Context.Render<MemberSearch>();

        Search(cut, h.MemberNumber);

        cut.WaitForAssertion(() => Assert.Equal(
            "Lidmaatschap beëindigd op 31 januari 2026, gegevens gewist", cut.Find("[data-testid=member-result-erased]").TextContent));
        var results = cut.Find("[data-testid=member-results]").TextContent;
        Assert.DoesNotContain("Geanonimiseerd", results);
        Assert.DoesNotContain("Nijmegen", results);
        Assert.Empty(cut.FindAll("[data-testid=member-result]"));
    }

    [Fact]
    public async Task Search_WithTooShortName_ExplainsNextToTheBox_WithoutSearching()
    {
        await AddAsync(MemberBuilders.Household());
        SignInAs(Roles.CallCentre);
        var cut = Context.Render<MemberSearch>();

        Search(cut, "j");

        cut.WaitForAssertion(() => Assert.Contains("Typ minstens 2 letters van de naam.", cut.Markup));
        Assert.Empty(cut.FindAll("[data-testid=member-results]"));
    }

    [Fact]
    public async Task Search_WithoutMatches_SaysSo()
    {
        await AddAsync(MemberBuilders.Household());
        SignInAs(Roles.CallCentre);
        var cut = Context.Render<MemberSearch>();

        Search(cut, "1234 ZZ 99");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=member-no-results]")));
    }
}
