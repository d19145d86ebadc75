using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Referrals;

public sealed class ServiceProviderServiceTests : CoreTestHost
{
    private static readonly ServiceProviderInput Valid = new()
    {
        Name = "Schoonmaakhulp Noord",
        Services = "huishoudelijke hulp",
        Region = "Land van Cuijk",
        ContactName = "Els",
        Phone = "0485 999 888",
        Email = "info@noord.example",
        SharedFields = SharedDataField.Name | SharedDataField.Phone,
        ProcessingAgreementApplies = true,
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(this);
        User.As(Roles.Administrator);
    }

    private async Task<T> Providers<T>(Func<ServiceProviderService, Task<T>> action)
    {
        await using var scope = Scope();
        return await action(Get<ServiceProviderService>(scope));
    }

    [Fact]
    public async Task Create_StoresTheProvider_AndItIsNotLinkedToTheRegisterWithoutProcessorId()
    {
        var result = await Providers(s => s.CreateAsync(Valid));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(ProcessingAgreementState.NotLinkedToRegister, result.Value!.AgreementState);
        Assert.True(result.Value.ProcessingAgreementApplies);
        Assert.Contains(await Providers(s => s.ListAsync()), p => p.Name == "Schoonmaakhulp Noord");
    }

    [Theory]
    [InlineData(null, ProcessingAgreementState.NoAgreement)]
    [InlineData(30, ProcessingAgreementState.Active)]
    [InlineData(-1, ProcessingAgreementState.Expired)]
    public async Task AgreementStatus_ComesFromTheLinkedProcessorInTheRegister(int? expiresInDays, ProcessingAgreementState expected)
    {
        var today = DutchTime.Today(Clock);
        var processor = new PanteinExtra.Core.Register.Processor { Name = "Thuiszorg BV", Country = "Nederland", Services = "huishoudelijke hulp" };
        if (expiresInDays is { } days)
        {
            processor.Agreements.Add(new PanteinExtra.Core.Register.ProcessingAgreement
            {
                ProcessorId = processor.Id,
                SignedOn = today.AddYears(-1),
                ExpiresOn = today.AddDays(days),
                DocumentReference = "VO-1",
                Scope = "hulp",
            });
        }

        await using (var db = RawDb())
        {
            db.Add(processor);
            await db.SaveChangesAsync();
        }

        var result = await Providers(s => s.CreateAsync(Valid with { ProcessorId = processor.Id }));

        Assert.Equal(expected, result.Value!.AgreementState);
    }

    [Fact]
    public async Task Create_WithBadInput_ReturnsDutchMessagesPerField()
    {
        var result = await Providers(s => s.CreateAsync(Valid with
        {
            Name = " ",
            Services = " , ",
            Region = "",
            Email = "geen-adres",
            Phone = "bel me",
            SharedFields = SharedDataField.Phone,
        }));

        Assert.Equal(
            ["Email", "Name", "Phone", "Region", "Services", "SharedFields"],
            result.FieldErrors.Keys.Order());
        Assert.Equal("Naam is verplicht.", result.FieldErrors["Name"]);
        Assert.Equal("Noem ten minste één dienst.", result.FieldErrors["Services"]);
        Assert.Contains("kies ten minste 'Naam'", result.FieldErrors["SharedFields"]);
    }

    [Fact]
    public async Task Create_WithANameInUse_IsRefused()
    {
        var result = await Providers(s => s.CreateAsync(Valid with { Name = "Klusbedrijf Van Dijk" }));

        Assert.Contains("al een dienstverlener", result.FieldErrors["Name"]);
    }

    [Fact]
    public async Task Update_WithAStaleStamp_IsRefusedAsAConcurrentEdit()
    {
        var created = (await Providers(s => s.CreateAsync(Valid))).Value!;
        var first = await Providers(s => s.UpdateAsync(created.Id, Valid with { Region = "Boxmeer", ConcurrencyStamp = created.ConcurrencyStamp }));

        var second = await Providers(s => s.UpdateAsync(created.Id, Valid with { Region = "Cuijk", ConcurrencyStamp = created.ConcurrencyStamp }));

        Assert.True(first.Succeeded);
        Assert.Contains("intussen gewijzigd", second.Message);
    }

    [Fact]
    public async Task List_HidesInactiveProvidersUnlessAsked()
    {
        Assert.DoesNotContain(await Providers(s => s.ListAsync()), p => p.Name.StartsWith("Vervoersdienst"));
        Assert.Contains(await Providers(s => s.ListAsync(includeInactive: true)), p => p.Name.StartsWith("Vervoersdienst"));
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.PrivacyOfficer)]
    public async Task OnlyAdministrators_ManageTheCatalogue_OtherStaffMayReadIt(string role)
    {
        User.As(role);

        Assert.NotEmpty(await Providers(s => s.ListAsync()));
        await Assert.ThrowsAsync<ForbiddenException>(() => Providers(s => s.CreateAsync(Valid)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Providers(s => s.UpdateAsync(Guid.NewGuid(), Valid)));
    }
}
