using Bunit;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Oversight;
using PanteinExtra.Core.Requests;
using PanteinExtra.Portal.Features.Home;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Home;

public sealed class PrivacyOfficerHomeCardsTests : PortalComponentTest
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void DueCard_ShowsOverdueRequestsInRedWithDaysLate_AndLinksEveryLineToItsPage()
    {
        var requestId = Guid.NewGuid();
        var processorId = Guid.NewGuid();
        var activityId = Guid.NewGuid();
        var due = new OversightDue(
            [
                new DueRequest(requestId, 7, RequestType.Erasure, Today.AddDays(-3), -3),
                new DueRequest(Guid.NewGuid(), 9, RequestType.Access, Today.AddDays(1), 1),
            ],
            5,
            [new ExpiringAgreement(processorId, "Drukkerij Peel", Today.AddDays(20), "Verloopt op 22-12-2026 (over 20 dagen)")],
            [new ReviewDue(activityId, "Ledenadministratie", Today.AddDays(-1), true)]);

        var card = Context.Render<OversightDueCard>(p => p.Add(c => c.Due, due));

        var requests = card.Find("[data-testid=due-requests]");
        Assert.Contains("3 dagen te laat", requests.TextContent);
        Assert.Contains("verwijdering", requests.TextContent);
        Assert.Contains("uiterlijk morgen", requests.TextContent);
        Assert.Equal($"/verzoeken/{requestId}", requests.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Verloopt op 22-12-2026 (over 20 dagen)", card.Find("[data-testid=due-agreements]").TextContent);
        Assert.NotNull(card.Find($"a[href='/verwerkingsregister/verwerker?id={processorId}']"));
        Assert.Contains("Herziening was uiterlijk 01-12-2026", card.Find("[data-testid=due-reviews]").TextContent);
        Assert.NotNull(card.Find($"a[href='/verwerkingsregister/activiteit?id={activityId}']"));
    }

    [Fact]
    public void DueCard_WithNothingDue_SaysSoAndCountsTheOpenRequests()
    {
        var card = Context.Render<OversightDueCard>(p => p.Add(c => c.Due, new OversightDue([], 1, [], [])));

        Assert.Contains("Geen. 1 open verzoek in totaal.", card.Find("[data-testid=due-requests]").TextContent);
        Assert.Contains("alle verwerkers hebben een geldige overeenkomst", card.Find("[data-testid=due-agreements]").TextContent);
    }

    [Fact]
    public void AccessTrend_ShowsTheNumbersBehindTheChartInDutch_AndSaysWhenNothingWasRefused()
    {
        var days = Enumerable.Range(0, OversightService.TrendDays)
            .Select(i => new AccessDay(Today.AddDays(i - OversightService.TrendDays + 1), i == 29 ? 19_784 : 2, 1, 0, 0, 40))
            .ToList();

        var card = Context.Render<AccessTrendCard>(p => p.Add(c => c.Days, days));

        Assert.NotEmpty(card.FindAll("svg"));
        Assert.Contains("Geen geweigerde toegang in deze 30 dagen.", card.Find("[data-testid=no-denied]").TextContent);
        var firstRow = card.Find("[data-testid=access-trend-table] tbody tr").TextContent;
        Assert.Contains("02-12-2026", firstRow);
        Assert.Contains("19.784", firstRow);
    }

    [Fact]
    public void RequestTrend_ListsEachMonthInDutchWithReceivedOnTimeAndLate()
    {
        var months = Enumerable.Range(0, OversightService.TrendMonths)
            .Select(i => new DateOnly(2026, 1, 1).AddMonths(i))
            .Select(m => new RequestMonth(m.Year, m.Month, m.Month == 11 ? 4 : 0, m.Month == 11 ? 3 : 0, m.Month == 11 ? 1 : 0))
            .ToList();

        var card = Context.Render<RequestTrendCard>(p => p.Add(c => c.Months, months));

        var november = card.FindAll("[data-testid=request-trend-table] tbody tr").Single(r => r.TextContent.Contains("november 2026"));
        Assert.Equal(["november 2026", "4", "3", "1"], november.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains(Dutch.ShortMonth(2026, 1), card.Markup);
    }
}
