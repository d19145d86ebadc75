using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Intake;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

public sealed class IntakeEndpointTests(IntakeEndpointTests.Fixture portal) : IClassFixture<IntakeEndpointTests.Fixture>
{
    private const string Key = "test-sleutel-van-de-website-0123456789";

    public sealed class Fixture : PortalFactory
    {
        public Fixture()
        {
            Settings["Intake:Clients:hoofdsite:Key"] = Key;
            Settings["Intake:PermitLimit"] = "1000";
        }
    }

    public sealed class LimitedFixture : PortalFactory
    {
        public LimitedFixture()
        {
            Settings["Intake:Clients:hoofdsite:KeySha256"] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
            Settings["Intake:PermitLimit"] = "2";
            Settings["Intake:WindowSeconds"] = "600";
        }
    }

    private static readonly object Question = new { name = "Piet Puk", email = "piet@example.nl", subject = "Ledenpas", text = "Waar blijft mijn pas?" };

    private HttpClient Client(string? key = Key)
    {
        var client = portal.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("verkeerde-sleutel")]
    public async Task Submit_WithoutOrWithAWrongKey_Is401_AuditedAsDenied_WithoutTheKey(string? key)
    {
        var response = await Client(key).PostAsJsonAsync("/api/intake/v1/vraag", Question);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using var db = await DbAsync();
        var denied = await db.AuditEvents.Where(e => e.EventType == IntakeEventTypes.Denied).ToListAsync();
        Assert.Contains(denied, e => e.Outcome == AuditOutcome.Denied && e.Details!.Contains(key is null ? "geen sleutel" : "onbekende sleutel"));
        Assert.DoesNotContain(denied, e => (e.Details ?? "").Contains("verkeerde"));
    }

    [Fact]
    public async Task Submit_AValidQuestion_Is202WithTheReference_StoresTheItem_AndAuditsIt()
    {
        var response = await Client().PostAsJsonAsync("/api/intake/v1/vraag", Question);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reference = body.GetProperty("reference").GetString();
        await using var db = await DbAsync();
        var item = await db.IntakeItems.SingleAsync(i => i.Reference == reference);
        Assert.Equal(IntakeKind.Question, item.Kind);
        Assert.Equal("Website (hoofdsite)", item.ClientName);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == IntakeEventTypes.Submit && e.TargetId == item.Id.ToString() && e.UserId == "website:hoofdsite"));
    }

    [Fact]
    public async Task Submit_AnInvalidApplication_Is400WithADutchReasonPerField_AndStoresNothing()
    {
        await using (var before = await DbAsync())
        {
            Assert.False(await before.IntakeItems.AnyAsync(i => i.Kind == IntakeKind.MembershipApplication));
        }

        var response = await Client().PostAsJsonAsync("/api/intake/v1/lidmaatschap", new
        {
            firstName = "Wilhelmina",
            lastName = "Jansen",
            dateOfBirth = "1941-02-03",
            street = "Steenstraat",
            houseNumber = 0,
            postcode = "12345",
            city = "Boxmeer",
            email = "geen-adres",
            startDate = "2026-04-01",
            paymentMethod = "DirectDebit",
            newsletter = true,
            onlineMagazine = false,
            membersPanel = false,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("Vul een geldige postcode in", errors.GetProperty("postcode")[0].GetString());
        Assert.StartsWith("Vul een huisnummer in", errors.GetProperty("houseNumber")[0].GetString());
        Assert.StartsWith("Vul een geldig e-mailadres in", errors.GetProperty("email")[0].GetString());
        await using var db = await DbAsync();
        Assert.False(await db.IntakeItems.AnyAsync(i => i.Kind == IntakeKind.MembershipApplication));
    }

    [Fact]
    public async Task Submit_AnUnconfirmedNewsletterSignUp_Is400_AndStoresNothing()
    {
        var response = await Client().PostAsJsonAsync("/api/intake/v1/nieuwsbrief", new { lastName = "Jansen", email = "w.jansen@example.nl" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(ConfirmedSignUpInput.NotConfirmedMessage, errors.GetProperty("confirmationReference")[0].GetString());
        await using var db = await DbAsync();
        Assert.False(await db.IntakeItems.AnyAsync(i => i.Kind == IntakeKind.NewsletterSignUp));
    }

    [Fact]
    public async Task Submit_MalformedJson_Is400_AndAnUnknownField_Is400()
    {
        var broken = await Client().PostAsync("/api/intake/v1/vraag", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        var unknown = await Client().PostAsJsonAsync("/api/intake/v1/vraag", new { name = "Piet", email = "p@example.nl", subject = "x", text = "y", bsn = "123" });

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Submit_NotJson_Is415_AndOversized_Is413()
    {
        var form = await Client().PostAsync("/api/intake/v1/vraag", new StringContent("name=Piet", Encoding.UTF8, "application/x-www-form-urlencoded"));
        var huge = await Client().PostAsync(
            "/api/intake/v1/vraag",
            new StringContent(JsonSerializer.Serialize(new { name = "Piet", email = "p@example.nl", subject = "x", text = new string('a', IntakeLimits.MaxBodyBytes) }), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task OpenApiDescription_ListsEveryKindWithItsFieldsAndLimits()
    {
        var response = await portal.CreateClient().GetAsync("/api/intake/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        foreach (var kind in Enum.GetValues<IntakeKind>())
        {
            Assert.Contains($"/api/intake/v1/{IntakeKinds.Slug(kind)}", document);
        }

        using var json = JsonDocument.Parse(document);
        var question = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(nameof(QuestionInput));
        Assert.Equal(IntakeLimits.QuestionText, question.GetProperty("properties").GetProperty("text").GetProperty("maxLength").GetInt32());
        Assert.Contains("text", question.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<PortalDbContext> DbAsync()
    {
        var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
    }
}

public sealed class IntakeRateLimitTests(IntakeEndpointTests.LimitedFixture portal) : IClassFixture<IntakeEndpointTests.LimitedFixture>
{
    [Fact]
    public async Task Submit_AfterTheClientsLimit_Is429WithRetryAfter()
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "test-sleutel-van-de-website-0123456789");
        var question = new { name = "Piet Puk", email = "piet@example.nl", subject = "Ledenpas", text = "Waar blijft mijn pas?" };

        var first = await client.PostAsJsonAsync("/api/intake/v1/vraag", question);
        var second = await client.PostAsJsonAsync("/api/intake/v1/vraag", question);
        var third = await client.PostAsJsonAsync("/api/intake/v1/vraag", question);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
