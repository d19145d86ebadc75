using Bunit;
using Microsoft.EntityFrameworkCore;
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
    public async Task Typing_SearchesOnceTheTextSettles_OneAuditedSearchNotOnePerKeystroke()
    {
        await AddAsync(MemberBuilders.Household("Anna", null, "Müller", "6511AB", 3, city: "Nijmegen"));
        SignInAs(Roles.CallCentre);
        var cut = Context.Render<MemberSearch>();

        foreach (var typed in new[] { "m", "mu", "mul", "mull", "mulle", "muller" })
        {
            // Found and typed in one go on the renderer, so no re-render falls between them.
            await cut.InvokeAsync(() => cut.Find("input#member-search-input").Input(typed));
        }

        cut.WaitForAssertion(() => Assert.Equal("Anna Müller", cut.Find("[data-testid=member-result]").TextContent), TimeSpan.FromSeconds(5));
        await Task.Delay(MemberSearch.SettleDelay * 2);
        await using var db = Core.RawDb();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EventType == MembersEventTypes.Search));
    }

    [Fact]
    public async Task Typing_AnUnfinishedTerm_NeitherSearchesNorScolds_UntilEnter()
    {
        SignInAs(Roles.CallCentre);
        var cut = Context.Render<MemberSearch>();

        cut.Find("input#member-search-input").Input("6");
        await Task.Delay(MemberSearch.SettleDelay * 2);

        Assert.Empty(cut.FindAll("[data-testid=member-results]"));
        Assert.DoesNotContain("mud-input-error", cut.Markup);
        await using var db = Core.RawDb();
        Assert.Equal(0, await db.AuditEvents.CountAsync(e => e.EventType == MembersEventTypes.Search));
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
