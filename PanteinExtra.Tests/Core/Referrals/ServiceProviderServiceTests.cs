using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Referrals;

public sealed class ServiceProviderServiceTests : CoreTestHost
{
    private static readonly ServiceProviderInput Valid = new(
        "Schoonmaakhulp Noord", ["huishoudelijke hulp"], "Land van Cuijk", "Els", "0485 999 888", "info@noord.example", null,
        SharedDataField.Name | SharedDataField.Phone, true, null);

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

        Assert.True(result.Succeeded, result.ErrorText);
        Assert.Equal(ProcessingAgreementState.NotLinkedToRegister, result.Value!.AgreementState);
        Assert.True(result.Value.ProcessingAgreementApplies);
        Assert.Contains(await Providers(s => s.ListAsync()), p => p.Name == "Schoonmaakhulp Noord");
    }

    [Fact]
    public async Task AgreementStatus_WithAProcessorIdButNoRegisterInThisBuild_SaysRegisterUnavailable()
    {
        var result = await Providers(s => s.CreateAsync(Valid with { ProcessorId = Guid.NewGuid() }));

        Assert.Equal(ProcessingAgreementState.RegisterUnavailable, result.Value!.AgreementState);
    }

    [Fact]
    public async Task Create_WithBadInput_ReturnsDutchMessagesPerField()
    {
        var result = await Providers(s => s.CreateAsync(Valid with
        {
            Name = " ",
            Services = [" "],
            Region = "",
            Email = "geen-adres",
            Phone = "bel me",
            SharedFields = SharedDataField.Phone,
        }));

        Assert.Equal(
            ["Email", "Name", "Phone", "Region", "Services", "SharedFields"],
            result.Errors.Keys.Order());
        Assert.Contains("naam", result.Errors["Name"]);
    }

    [Fact]
    public async Task Create_WithANameInUse_IsRefused()
    {
        var result = await Providers(s => s.CreateAsync(Valid with { Name = "Klusbedrijf Van Dijk" }));

        Assert.Contains("al een dienstverlener", result.Errors["Name"]);
    }

    [Fact]
    public async Task Update_WithAStaleStamp_IsRefusedAsAConcurrentEdit()
    {
        var created = (await Providers(s => s.CreateAsync(Valid))).Value!;
        var first = await Providers(s => s.UpdateAsync(created.Id, created.ConcurrencyStamp, Valid with { Region = "Boxmeer" }));

        var second = await Providers(s => s.UpdateAsync(created.Id, created.ConcurrencyStamp, Valid with { Region = "Cuijk" }));

        Assert.True(first.Succeeded);
        Assert.Contains("intussen gewijzigd", second.ErrorText);
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
        await Assert.ThrowsAsync<ForbiddenException>(() => Providers(s => s.UpdateAsync(Guid.NewGuid(), Guid.NewGuid(), Valid)));
    }
}

/// <summary>The register's implementation replaces the seam, whatever the registration order.</summary>
public sealed class ProcessingAgreementSeamTests : CoreTestHost
{
    private sealed class RegisterStatus : IProcessingAgreementStatus
    {
        public Task<ProcessingAgreementState> GetStatusAsync(Guid? processorId, CancellationToken ct = default) =>
            Task.FromResult(processorId is null ? ProcessingAgreementState.NotLinkedToRegister : ProcessingAgreementState.Active);
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IProcessingAgreementStatus, RegisterStatus>();

    [Fact]
    public async Task ARegisteredRegisterImplementation_AnswersInsteadOfTheSeam()
    {
        await ConsentTestData.SeedCatalogueAsync(this);
        User.As(Roles.Administrator);
        await using var scope = Scope();

        var created = await Get<ServiceProviderService>(scope).CreateAsync(new ServiceProviderInput(
            "Alarmcentrale Zuid", ["personenalarmering"], "landelijk", null, null, null, null, SharedDataField.Name, true, Guid.NewGuid()));

        Assert.Equal(ProcessingAgreementState.Active, created.Value!.AgreementState);
    }
}
