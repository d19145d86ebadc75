using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

/// <summary>The request downloads answer like the pages: Dutch 404 and refusals, never a 500; never cached.</summary>
public sealed class RequestDownloadTests(RequestDownloadTests.Fixture portal) : IClassFixture<RequestDownloadTests.Fixture>
{
    public sealed class Fixture : PortalFactory
    {
        public Fixture()
        {
            Settings["Retention:RunBackgroundWork"] = "false";
        }
    }

    private async Task<Guid> RegisterAsync(RequestType type, RequestIdentityChecks checks)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new TestCurrentUser();
        var household = new Household
        {
            MemberNumber = Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Street = "Kerkstraat",
            HouseNumber = 3,
            Postcode = "6511AB",
            City = "Nijmegen",
            Phone = "=1+1",
            MemberSince = new DateOnly(2015, 1, 1),
        };
        var main = new Person { HouseholdId = household.Id, Role = PersonRole.MainMember, FirstName = "Johanna", LastName = "Berg" };
        await using (var db = portal.Database.RawDb())
        {
            db.AddRange(household, main);
            await db.SaveChangesAsync();
        }

        var registered = await scope.ServiceProvider.GetRequiredService<RequestService>().RegisterAsync(new RegisterRequestInput
        {
            Type = type,
            ReceivedOn = new DateOnly(2026, 1, 5),
            Channel = ReceivedChannel.Letter,
            HouseholdId = household.Id,
            PersonId = main.Id,
            ChecksOnIntake = checks,
        });
        Assert.True(registered.Succeeded, registered.Message);
        return registered.Value!.Id;
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.PrivacyOfficer));
        return await client.GetAsync(path);
    }

    [Theory]
    [InlineData("gegevens.json")]
    [InlineData("gegevens.csv")]
    [InlineData("inzageoverzicht.xlsx")]
    [InlineData("inzageoverzicht.pdf")]
    public async Task AnUnknownRequest_IsADutch404_NotCached(string file)
    {
        var response = await GetAsync($"/verzoeken/{Guid.NewGuid()}/{file}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Dit verzoek bestaat niet (meer).", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task AnUnverifiedRequest_IsADutchRefusal_NeverA500()
    {
        var id = await RegisterAsync(RequestType.Portability, RequestIdentityChecks.None);

        var response = await GetAsync($"/verzoeken/{id}/gegevens.json");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(FulfilmentService.IdentityFirst, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PortabilityFiles_OnlyForAPortabilityRequest_TheAccessReportOnlyForAnAccessRequest()
    {
        var access = await RegisterAsync(RequestType.Access, RequestIdentityChecks.CallBackOnKnownNumber);
        var portability = await RegisterAsync(RequestType.Portability, RequestIdentityChecks.CallBackOnKnownNumber);

        var wrongData = await GetAsync($"/verzoeken/{access}/gegevens.csv");
        var wrongReport = await GetAsync($"/verzoeken/{portability}/inzageoverzicht.xlsx");
        var report = await GetAsync($"/verzoeken/{access}/inzageoverzicht.xlsx");
        var pdf = await GetAsync($"/verzoeken/{access}/inzageoverzicht.pdf");
        var csv = await GetAsync($"/verzoeken/{portability}/gegevens.csv");
        var json = await GetAsync($"/verzoeken/{portability}/gegevens.json");

        Assert.Equal(HttpStatusCode.Forbidden, wrongData.StatusCode);
        Assert.Equal(FulfilmentService.PortabilityOnly, await wrongData.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrongReport.StatusCode);
        Assert.Equal(PanteinExtra.Core.Requests.Reports.AccessReportService.AccessOnly, await wrongReport.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        foreach (var ok in new[] { report, pdf, csv, json })
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.True(ok.Headers.CacheControl?.NoStore);
        }

        // The phone number "=1+1" is neutralised in the CSV and exact in the JSON.
        Assert.Contains("household;0;phone;'=1+1", await csv.Content.ReadAsStringAsync());
        using var parsed = System.Text.Json.JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal("=1+1", parsed.RootElement.GetProperty("household").GetProperty("phone").GetString());
    }
}
