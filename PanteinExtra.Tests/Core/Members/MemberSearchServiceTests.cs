using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Members;

public sealed class MemberSearchServiceTests : IAsyncLifetime
{
    private readonly MembersTestHost _host = new();
    private Household _muller = default!;
    private Household _deVries = default!;
    private Household _other = default!;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _muller = MemberBuilders.Household("Anna", null, "Müller", "6511AB", 3, "b", "Nijmegen", phone: "06-12345678", email: "a.muller@voorbeeld.nl");
        _deVries = MemberBuilders.Household("Jan", "de", "Vries", "5911AB", 12, city: "Venlo").WithHousemate("Truus", "Bakker", phone: "+31 6 8765 4321");
        _other = MemberBuilders.Household("Piet", "van der", "Berg", "5911AB", 14, city: "Venlo");
        await _host.AddAsync(_muller, _deVries, _other);
        _host.User.As(Roles.CallCentre);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task<MemberSearchResult> SearchAsync(string text, int page = 0, int pageSize = 10)
    {
        await using var scope = _host.Scope();
        return await _host.Get<MemberSearchService>(scope).SearchAsync(text, page, pageSize);
    }

    [Theory]
    [InlineData("muller")]
    [InlineData("MÜLLER")]
    [InlineData("anna mul")]
    [InlineData("6511AB 3")]
    [InlineData("6511 ab 3-B")]
    [InlineData("06 12 34 56 78")]
    [InlineData("+31612345678")]
    [InlineData("A.Muller@voorbeeld.nl")]
    public async Task Search_FindsMuller_InEveryNotation(string text)
    {
        var result = await SearchAsync(text);

        var row = Assert.Single(result.Rows);
        Assert.Equal(_muller.Id, row.HouseholdId);
        Assert.Equal("Anna Müller", row.Name);
        Assert.Equal("Nijmegen", row.City);
        Assert.Equal(_muller.MemberNumber, row.MemberNumber);
        Assert.Equal(MembershipStatus.Active, row.Status);
    }

    [Theory]
    [InlineData("de vries")]
    [InlineData("vries")]
    [InlineData("jan de vries")]
    [InlineData("truus")]
    [InlineData("0687654321")]
    public async Task Search_FindsAHousehold_ByAnyOfItsPersons_AndShowsTheMainMember(string text)
    {
        var result = await SearchAsync(text);

        Assert.Equal("Jan de Vries", Assert.Single(result.Rows).Name);
    }

    [Fact]
    public async Task Search_ByMemberNumber_IsExact()
    {
        var result = await SearchAsync(_other.MemberNumber);

        Assert.Equal(MemberSearchKind.MemberNumber, result.Kind);
        Assert.Equal(_other.Id, Assert.Single(result.Rows).HouseholdId);
    }

    [Fact]
    public async Task Search_ByPostcodeAlone_ListsEveryHouseAtThatPostcode()
    {
        var result = await SearchAsync("5911 ab");

        Assert.Equal(2, result.TotalCount);
        Assert.Equal(new[] { _deVries.Id, _other.Id }.OrderBy(x => x), result.Rows.Select(r => r.HouseholdId).OrderBy(x => x));
    }

    [Fact]
    public async Task Search_ByPostcodeAndNumber_DoesNotMatchOtherNumbers()
    {
        var result = await SearchAsync("5911AB 1");

        Assert.Empty(result.Rows);
        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task Search_IsPaged()
    {
        var many = Enumerable.Range(0, 15).Select(i => MemberBuilders.Household("Kees", null, $"Smit{(char)('a' + i)}")).ToArray();
        await _host.AddAsync(many);

        var first = await SearchAsync("smit", 0, 10);
        var second = await SearchAsync("smit", 1, 10);

        Assert.Equal(15, first.TotalCount);
        Assert.Equal(10, first.Rows.Count);
        Assert.Equal(5, second.Rows.Count);
        Assert.Empty(first.Rows.Select(r => r.HouseholdId).Intersect(second.Rows.Select(r => r.HouseholdId)));
        Assert.Equal("Kees Smita", first.Rows[0].Name);
    }

    [Fact]
    public async Task Search_IsAudited_WithKindAndCount_ButNeverTheSearchText()
    {
        await SearchAsync("Müller");

        var evt = Assert.Single(await _host.EventsAsync(MembersEventTypes.Search));
        Assert.Equal(AuditAction.Search, evt.Action);
        Assert.Equal("test-callcentre", evt.UserId);
        Assert.Equal(MemberSearchService.SearchPurpose, evt.PurposeOfUse);
        Assert.Contains("\"kind\":\"Name\"", evt.Details);
        Assert.Contains("\"results\":1", evt.Details);
        Assert.DoesNotContain("ller", evt.Details, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Search_ByAnAdministrator_IsDenied_AndTheDenialAudited()
    {
        _host.User.As(Roles.Administrator);

        await Assert.ThrowsAsync<ForbiddenException>(() => SearchAsync("muller"));

        Assert.Equal(AuditOutcome.Denied, Assert.Single(await _host.EventsAsync(MembersEventTypes.Search)).Outcome);
    }

    [Fact]
    public async Task AnonymisingThroughAPlainEfUpdate_RebuildsTheKeys_SoTheOldNameIsGone()
    {
        await using (var db = _host.RawDb())
        {
            var person = await db.Persons.SingleAsync(p => p.HouseholdId == _muller.Id);
            person.FirstName = "Geanonimiseerd";
            person.LastName = "Lid";
            person.Phone = null;
            var household = await db.Households.SingleAsync(h => h.Id == _muller.Id);
            household.Phone = null;
            household.Email = null;
            await db.SaveChangesAsync();
        }

        Assert.Empty((await SearchAsync("muller")).Rows);
        Assert.Empty((await SearchAsync("06-12345678")).Rows);
        Assert.Empty((await SearchAsync("a.muller@voorbeeld.nl")).Rows);
        Assert.Equal(_muller.Id, Assert.Single((await SearchAsync("geanonimiseerd")).Rows).HouseholdId);
    }

    [Fact]
    public async Task DeletingAHousehold_RemovesItsKeys()
    {
        await using (var db = _host.RawDb())
        {
            db.Households.Remove(await db.Households.SingleAsync(h => h.Id == _muller.Id));
            await db.SaveChangesAsync();
        }

        await using var check = _host.RawDb();
        Assert.False(await check.HouseholdSearchKeys.AnyAsync(k => k.HouseholdId == _muller.Id));
    }
}
