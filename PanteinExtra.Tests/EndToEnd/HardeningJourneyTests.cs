using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

/// <summary>Bad input in the browser gets a Dutch message and the circuit lives on; no page breaks its own CSP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HardeningJourneyTests(BrowserFixture browser)
{
    private static readonly string HugePaste = string.Concat(Enumerable.Repeat("Jansen ", 100_000 / 7 + 1))[..100_000];

    private async Task<Household> SomeHouseholdAsync()
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Households.AsNoTracking()
            .Where(h => h.Status == MembershipStatus.Active)
            .OrderByDescending(h => h.MemberNumber)
            .FirstAsync();
    }

    /// <summary>Pastes like the clipboard does: through the browser's editing, which honours maxlength.</summary>
    private static async Task PasteAsync(ILocator field, string text)
    {
        await field.ClickAsync();
        await field.Page.Keyboard.InsertTextAsync(text);
    }

    private static Task ExpectNoReconnectDialogAsync(IPage page) =>
        Assertions.Expect(page.Locator("#components-reconnect-modal[open], .components-reconnect-show")).ToHaveCountAsync(0);

    [Fact]
    public async Task Agent_Pastes100000Characters_IntoTheSearchAndACallNote_GetsTheLengthMessages_AndTheCircuitLivesOn()
    {
        var household = await SomeHouseholdAsync();
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));

        // The search box: cut by the browser just past the limit, explained at once.
        var search = page.GetByTestId("member-search-input");
        await PasteAsync(search, HugePaste);
        Assert.Equal(MemberSearchQuery.MaximumLength + 1, (await search.InputValueAsync()).Length);
        await Assertions.Expect(page.GetByTestId("member-search")).ToContainTextAsync($"Een zoekterm mag maximaal {MemberSearchQuery.MaximumLength} tekens lang zijn.");
        await page.GetByTestId("member-search-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-results")).ToHaveCountAsync(0);

        // The next search still works on the same circuit.
        await search.FillAsync(household.MemberNumber);
        await page.GetByTestId("member-search-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-result")).ToHaveCountAsync(1);
        await ExpectNoReconnectDialogAsync(page);

        // A call note after the caller check.
        await page.GetByTestId("member-result").ClickAsync();
        await page.GetByText("Geboortedatum klopt").ClickAsync();
        await page.GetByText("Postcode en huisnummer kloppen").ClickAsync();
        await page.GetByTestId("caller-check-record").ClickAsync();
        var note = page.GetByTestId("field-call-note");
        await PasteAsync(note, HugePaste);
        Assert.Equal(MemberLimits.LongText + 1, (await note.InputValueAsync()).Length);
        await Assertions.Expect(page.GetByTestId("panel-call-notes")).ToContainTextAsync($"Notitie mag maximaal {MemberLimits.LongText} tekens lang zijn.");

        // Still connected: a proper note is saved and shown.
        await note.FillAsync("Belde over de nieuwsbrief.");
        await page.GetByTestId("save-call-note").ClickAsync();
        await Assertions.Expect(page.GetByTestId("call-note").First).ToContainTextAsync("Belde over de nieuwsbrief.");
        await ExpectNoReconnectDialogAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pages_RunUnderTheContentSecurityPolicy_WithoutViolations()
    {
        var household = await SomeHouseholdAsync();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && (message.Text.Contains("Content Security Policy") || message.Text.Contains("Refused to")))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync("/aanmelden");
        await page.GetByTestId($"sign-in-{DemoEmployees.For(Roles.PrivacyOfficer)}").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/aanmelden"));
        await BrowserFixture.WaitForInteractiveAsync(page);
        foreach (var (path, marker) in new[]
                 {
                     ($"/leden/{household.Id}", "household-header"), ("/verwerkingsregister", "page-title"),
                     ("/toegangslog", "access-log-grid"), ("/sessies", "sessions"),
                 })
        {
            await BrowserFixture.GotoAsync(page, path);
            await page.Locator($"[data-testid={marker}], .{marker}").First.WaitForAsync();
        }

        Assert.Empty(problems);
        await context.CloseAsync();
    }
}
