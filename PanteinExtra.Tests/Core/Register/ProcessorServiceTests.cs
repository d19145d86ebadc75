using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Register;

public sealed class ProcessorServiceTests : CoreTestHost
{
    private async Task<Guid> ProcessorAsync(string name, params AgreementInput[] agreements)
    {
        await using var scope = Scope();
        var service = Get<ProcessorService>(scope);
        var id = (await service.SaveAsync(null, new ProcessorInput { Name = name, Country = "Nederland", Services = "Druk en verzending" }, Guid.Empty)).Value;
        foreach (var agreement in agreements)
        {
            Assert.True((await service.AddAgreementAsync(id, agreement)).Succeeded);
        }

        return id;
    }

    private DateOnly Today => DutchTime.Today(Clock);

    private AgreementInput Agreement(int signedDaysAgo, int? expiresInDays) => new()
    {
        SignedOn = Today.AddDays(-signedDaysAgo),
        ExpiresOn = expiresInDays is { } d ? Today.AddDays(d) : null,
        DocumentReference = "VO-1",
        Scope = "Druk",
    };

    [Fact]
    public async Task Warnings_NameProcessorsWithoutValidAgreement_AndAgreementsEndingWithin60Days()
    {
        await ProcessorAsync("Zonder overeenkomst");
        await ProcessorAsync("Verloopt binnenkort", Agreement(300, 59));
        await ProcessorAsync("Verlopen", Agreement(800, -1));
        await ProcessorAsync("In orde", Agreement(300, 400));

        await using var scope = Scope();
        var warnings = await Get<ProcessorService>(scope).WarningsAsync();

        Assert.Equal(
            [("Verloopt binnenkort", AgreementState.ExpiringSoon), ("Verlopen", AgreementState.Missing), ("Zonder overeenkomst", AgreementState.Missing)],
            warnings.Select(w => (w.Name, w.Agreement.State)));
    }

    [Fact]
    public async Task Warnings_FollowTheDutchCalendarDate_FromTheClock()
    {
        await ProcessorAsync("Verloopt", Agreement(300, 61));
        await using (var scope = Scope())
        {
            Assert.Empty(await Get<ProcessorService>(scope).WarningsAsync());
        }

        // 23:30 UTC is already the next calendar day in Amsterdam: 60 days left.
        Clock.SetUtcNow(new DateTimeOffset(Today.ToDateTime(new TimeOnly(23, 30)), TimeSpan.Zero));

        await using (var scope = Scope())
        {
            Assert.Equal(AgreementState.ExpiringSoon, Assert.Single(await Get<ProcessorService>(scope).WarningsAsync()).Agreement.State);
        }
    }

    [Fact]
    public async Task AddAgreement_WithoutDocumentOrWithEndBeforeSigning_IsRefusedInDutch()
    {
        var id = await ProcessorAsync("Drukkerij");
        await using var scope = Scope();

        var result = await Get<ProcessorService>(scope).AddAgreementAsync(id, new AgreementInput
        {
            SignedOn = Today,
            ExpiresOn = Today.AddDays(-1),
            DocumentReference = " ",
            Scope = "Druk",
        });

        Assert.Equal("Geef aan waar de getekende overeenkomst staat (documentnummer of vindplaats).", result.ErrorFor(nameof(AgreementInput.DocumentReference)));

        var reversed = await Get<ProcessorService>(scope).AddAgreementAsync(id, new AgreementInput
        {
            SignedOn = Today,
            ExpiresOn = Today.AddDays(-1),
            DocumentReference = "VO-1",
            Scope = "Druk",
        });

        Assert.Equal("De einddatum moet na de datum van ondertekening liggen.", reversed.ErrorFor(nameof(AgreementInput.ExpiresOn)));
    }

    [Fact]
    public async Task Save_DuplicateName_IsRefused()
    {
        await ProcessorAsync("Drukkerij");
        await using var scope = Scope();

        var result = await Get<ProcessorService>(scope).SaveAsync(null, new ProcessorInput { Name = "Drukkerij", Country = "Nederland", Services = "x" }, Guid.Empty);

        Assert.Equal("Er is al een verwerker met deze naam.", result.ErrorFor(nameof(ProcessorInput.Name)));
    }

    [Fact]
    public async Task Save_BasedOnAStaleStamp_IsRefused()
    {
        var id = await ProcessorAsync("Drukkerij");
        await using var scope = Scope();
        var service = Get<ProcessorService>(scope);
        var view = await service.GetAsync(id);
        Assert.True((await service.SaveAsync(id, view.Input with { ContactName = "Piet" }, view.ConcurrencyStamp)).Succeeded);

        var stale = await service.SaveAsync(id, view.Input with { ContactName = "Klaas" }, view.ConcurrencyStamp);

        Assert.Equal(ResultStatus.Conflict, stale.Status);
        Assert.Equal("Piet", (await service.GetAsync(id)).Input.ContactName);
    }

    [Fact]
    public async Task Edit_ByTheCallCentre_IsRefused_ButTheListIsReadable()
    {
        var id = await ProcessorAsync("Drukkerij");
        User.As(Roles.CallCentre);
        await using var scope = Scope();
        var service = Get<ProcessorService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.SaveAsync(null, new ProcessorInput { Name = "X", Services = "x" }, Guid.Empty));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.AddAgreementAsync(id, Agreement(1, null)));
        Assert.Single(await service.ListAsync());
    }
}
