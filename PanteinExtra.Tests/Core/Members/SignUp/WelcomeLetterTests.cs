using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Register;
using PanteinExtra.Tests.Core.Consent;
using UglyToad.PdfPig;

namespace PanteinExtra.Tests.Core.Members.SignUp;

/// <summary>Issue 16, point 1: the welcome letter of a new member, read as the member reads it.</summary>
public sealed class WelcomeLetterTests : IAsyncLifetime
{
    private readonly MembersTestHost _host = new();

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(_host);
        _host.User.As(Roles.CallCentre, "Sanne de Jong");
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task<Guid> RegisterAsync(Action<NewMembershipInput>? change = null, params ConsentPurposeKind[] consents)
    {
        var ids = new List<Guid>();
        foreach (var kind in consents)
        {
            ids.Add((await ConsentTestData.PurposeAsync(_host, kind)).Id);
        }

        var input = new NewMembershipInput
        {
            Initials = "M.",
            FirstName = "Maria",
            Infix = "van der",
            LastName = "Berg",
            DateOfBirth = new DateOnly(1948, 3, 14),
            Street = "Parade",
            HouseNumber = 7,
            Postcode = "5911CC",
            City = "Venlo",
            Email = "m.vdberg@voorbeeld.nl",
            StartDate = DutchTime.Today(_host.Clock),
            PaymentMethod = PaymentMethod.Invoice,
            ConsentsGiven = [.. ids],
        };
        change?.Invoke(input);
        await using var scope = _host.Scope();
        var result = await _host.Get<NewMembershipService>(scope).RegisterAsync(input);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!.HouseholdId;
    }

    private async Task<Result<WelcomeLetterDocument>> RenderAsync(Guid householdId)
    {
        await using var scope = _host.Scope();
        return await _host.Get<WelcomeLetterService>(scope).RenderAsync(householdId);
    }

    [Fact]
    public async Task TheLetter_GreetsTheMemberByName_AndGivesNumberStartContributionChoicesAndRights_InDutch()
    {
        var id = await RegisterAsync(i => i.Housemates.Add(new HousemateInput { FirstName = "Kees", Infix = "van der", LastName = "Berg" }),
            ConsentPurposeKind.Newsletter, ConsentPurposeKind.MembersPanel);

        var letter = (await RenderAsync(id)).Value!;

        Assert.StartsWith("M. van der Berg\nParade 7\n5911 CC  Venlo\n\n2 maart 2026", letter.Text);
        Assert.Contains("Beste Maria van der Berg,", letter.Text);
        Assert.Contains("Uw lidmaatschap gaat in op 2 maart 2026.", letter.Text);
        Assert.Contains("Ook Kees van der Berg is lid via uw huishouden.", letter.Text);
        Assert.Contains("De contributie voor 2026 is € 31,00. U ontvangt hiervoor een factuur.", letter.Text);
        Assert.Contains("U heeft ons toestemming gegeven voor de nieuwsbrief en het ledenpanel. U kunt die toestemming altijd weer intrekken", letter.Text);
        Assert.Contains("recht op inzage en correctie", letter.Text);
        Assert.DoesNotContain("Newsletter", letter.Text);
        Assert.DoesNotContain("Invoice", letter.Text);
        Assert.StartsWith("welkomstbrief-", letter.FileName);
    }

    [Fact]
    public async Task TheLetter_GivesTheOrganisationsPhoneAndEmail_NotTheFGs_AndSignsAsTheMemberAdministration()
    {
        await using (var db = _host.RawDb())
        {
            var details = new RegisterDetails();
            details.NameController("Pantein Extra", "Postbus 50\n5830 AB  Boxmeer", "info@voorbeeld.nl", "0485 - 11 11 11");
            details.NameOfficer("E. Jansen", "fg@voorbeeld.nl", "0485 - 22 22 22");
            db.RegisterDetails.Add(details);
            await db.SaveChangesAsync();
        }

        var letter = (await RenderAsync(await RegisterAsync())).Value!;

        Assert.Contains("U kunt ons bellen met 0485 - 11 11 11 of mailen naar info@voorbeeld.nl. Noemt u dan uw lidnummer.", letter.Text);
        Assert.DoesNotContain("fg@voorbeeld.nl", letter.Text);
        Assert.DoesNotContain("22 22 22", letter.Text);
        Assert.EndsWith("Met vriendelijke groet,\n\nLedenadministratie\nPantein Extra", letter.Text);
    }

    [Fact]
    public async Task TheLetter_WithoutConsent_SaysNoneWasGiven_AndThatItCanBeLater()
    {
        var id = await RegisterAsync();

        var letter = (await RenderAsync(id)).Value!;

        Assert.Contains("U heeft bij uw inschrijving geen toestemming gegeven voor de nieuwsbrief, het online magazine of het ledenpanel.", letter.Text);
    }

    [Fact]
    public async Task ThePdf_IsA4_WithTheLetterText()
    {
        var id = await RegisterAsync();

        var letter = (await RenderAsync(id)).Value!;

        using var pdf = PdfDocument.Open(letter.Pdf);
        var page = pdf.GetPage(1);
        Assert.Equal((595, 842), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
        var words = string.Join(' ', page.GetWords().Select(w => w.Text));
        Assert.Contains("Welkom", words);
        Assert.Contains("Maria", words);
    }

    [Fact]
    public async Task AnOldMembership_GetsNoWelcomeLetter_AndTheRefusalIsAudited()
    {
        var old = MemberBuilders.Household();
        await _host.AddAsync(old);

        var result = await RenderAsync(old.Id);

        Assert.Equal((ResultStatus.Refused, WelcomeLetterService.NotNew), (result.Status, result.Message));
        var audit = Assert.Single(await _host.EventsAsync(MembersEventTypes.WelcomeLetter));
        Assert.Equal(PanteinExtra.Core.Auditing.AuditOutcome.Denied, audit.Outcome);
    }

    [Fact]
    public async Task TheLetter_IsAuditedWithItsPurpose_AndOnlyForTheCallCentre()
    {
        var id = await RegisterAsync();
        Assert.True((await RenderAsync(id)).Succeeded);
        var audit = Assert.Single(await _host.EventsAsync(MembersEventTypes.WelcomeLetter));
        Assert.Equal((WelcomeLetterService.Purpose, id), (audit.PurposeOfUse, audit.SubjectHouseholdId!.Value));

        _host.User.As(Roles.Administrator);
        await Assert.ThrowsAsync<ForbiddenException>(() => RenderAsync(id));
    }
}
