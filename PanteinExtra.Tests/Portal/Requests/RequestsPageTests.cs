using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Portal.Features.Requests;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Requests;

/// <summary>Closed requests stay findable, and what no longer applies to them cannot be clicked.</summary>
public sealed class RequestsPageTests : CoreBackedComponentTest
{
    private RequestTestHousehold _home = default!;

    protected override IEnumerable<Type> CoreServices => [typeof(RequestService), typeof(FulfilmentService), typeof(ErasureService)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _home = await RequestTestHousehold.CreateAsync(Core);
        SignInAs(Roles.PrivacyOfficer);
    }

    /// <summary>An erasure of the housemate, carried out and completed.</summary>
    private async Task<Guid> CompletedErasureAsync()
    {
        await using var scope = Core.Scope();
        var requests = Core.Get<RequestService>(scope);
        var id = await _home.InProgressAsync(requests, RequestType.Erasure, DutchTime.Today(Core.Clock), _home.HousemateId);
        var erased = await Core.Get<ErasureService>(scope).EraseAsync(id);
        Assert.True(erased.Succeeded, erased.Message);
        var stamp = (await requests.GetAsync(id)).Summary.ConcurrencyStamp;
        Assert.True((await requests.MoveAsync(id, RequestStatus.Completed, new StatusChangeInput { ConcurrencyStamp = stamp, Outcome = erased.Message })).Succeeded);
        return id;
    }

    private async Task<RequestSummary> OpenRequestAsync()
    {
        await using var scope = Core.Scope();
        return (await Core.Get<RequestService>(scope).RegisterAsync(_home.Input(RequestType.Access, DutchTime.Today(Core.Clock)))).Value!;
    }

    [Fact]
    public async Task TheList_ShowsOpenRequestsByDefault_AndClosedOnesUnderTheirStatus()
    {
        var completed = await CompletedErasureAsync();
        var open = await OpenRequestAsync();

        var page = Context.Render<RequestsPage>();
        page.WaitForAssertion(() => Assert.Contains($"#{open.Number}", page.Find("[data-testid=open-requests]").TextContent));
        Assert.DoesNotContain($"/verzoeken/{completed}", page.Markup);

        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/verzoeken?status=afgehandeld");
        var closed = Context.Render<RequestsPage>();

        closed.WaitForAssertion(() => Assert.Contains($"/verzoeken/{completed}", closed.Markup));
        Assert.DoesNotContain($"/verzoeken/{open.Id}", closed.Markup);
        Assert.Contains($"gesloten {Dutch.Date(DutchTime.Today(Core.Clock))}", closed.Find("[data-testid=open-requests]").TextContent);
        Assert.Contains("Afgehandelde verzoeken", closed.Find("[data-testid=request-view]").InnerHtml);
    }

    [Fact]
    public void TheList_WithNoRejectedRequests_SaysSo()
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/verzoeken?status=afgewezen");

        var page = Context.Render<RequestsPage>();

        page.WaitForAssertion(() => Assert.Contains("Er zijn geen afgewezen verzoeken.", page.Markup));
    }

    [Fact]
    public async Task ACompletedErasure_DisablesErasing_AndSaysThereWereNoRecipients()
    {
        var id = await CompletedErasureAsync();

        var page = Context.Render<RequestDetailPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=erase]")));
        Assert.True(page.Find("[data-testid=erase]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=create-notifications]").HasAttribute("disabled"));
        Assert.Contains("Dit verzoek is afgehandeld", page.Find("[data-testid=fulfilment-closed]").TextContent);
        Assert.Contains("Er zijn geen ontvangers", page.Find("[data-testid=no-recipients]").TextContent);
        Assert.Contains("De gegevens zijn gewist", page.Find("[data-testid=erased]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=actions-panel]"));
        Assert.Contains("Aan: Kees van der Berg, Kerkstraat 12, 6511 AB  Nijmegen", page.Find("[data-testid=letter-addressee]").TextContent);
    }

    [Fact]
    public async Task ANewRequest_OffersTheIdentityQuestion_AndExplainsWhyRejectingForIdentityMustWait()
    {
        var open = await OpenRequestAsync();

        var page = Context.Render<RequestDetailPage>(p => p.Add(x => x.Id, open.Id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=ask-identity]")));
        Assert.Contains("Nog niets gevraagd", page.Find("[data-testid=identity-question-state]").TextContent);
        page.Find("[data-testid=draft-identity-question]").Click();
        page.WaitForAssertion(() => Assert.Contains("twee van deze gegevens", page.Find("[data-testid=identity-question-text] textarea").GetAttribute("value") ?? page.Find("[data-testid=identity-question-text] textarea").TextContent));
        page.Find("[data-testid=ask-identity]").Click();

        page.WaitForAssertion(() => Assert.Contains("Gevraagd per brief op 02-03-2026; antwoord uiterlijk 16-03-2026", page.Find("[data-testid=identity-question-state]").TextContent));
        Assert.Contains("vraag om aanvullende gegevens", page.Find("[data-testid=letters-panel]").TextContent.ToLowerInvariant());
    }
}
