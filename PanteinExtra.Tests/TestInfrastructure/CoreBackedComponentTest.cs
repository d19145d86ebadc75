using Microsoft.Extensions.DependencyInjection;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>
/// A component test whose Core services are the real ones over a real SQLite file (one <see cref="CoreTestHost"/>
/// per test), sharing the test's employee, so pages are tested against real data and real role checks.
/// </summary>
public abstract class CoreBackedComponentTest : PortalComponentTest
{
    private readonly CoreTestHost _core = new();
    private AsyncServiceScope _scope;

    protected CoreTestHost Core => _core;

    /// <summary>Core services the component under test injects.</summary>
    protected abstract IEnumerable<Type> CoreServices { get; }

    public override async Task InitializeAsync()
    {
        await _core.InitializeAsync();
        _scope = _core.Scope();
        await base.InitializeAsync();
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        // The component sees the same employee as Core does.
        services.AddSingleton<TimeProvider>(_core.Clock);
        foreach (var type in CoreServices)
        {
            services.AddSingleton(type, _ => _scope.ServiceProvider.GetRequiredService(type));
        }
    }

    /// <summary>A verified caller check for the household in the component's scope (the circuit).</summary>
    protected Task CallAboutAsync(Guid householdId) => _core.VerifiedCallAsync(_scope, householdId);

    /// <summary>The opened household as a household-page panel gets it (only its id matters to the panels' own reads).</summary>
    protected static PanteinExtra.Core.Members.HouseholdView OpenedHousehold(Guid householdId, bool readOnly = false) =>
        new(new PanteinExtra.Core.Members.HouseholdSummary(householdId, "100001", "Lid", "Nijmegen", PanteinExtra.Core.Members.MembershipStatus.Active),
            Caller: null, IsLimited: false, Details: null, ContactPersonChoices: [])
        { IsReadOnly = readOnly };

    protected new void SignInAs(string role, string? name = null)
    {
        base.SignInAs(role, name);
        _core.User.As(role, name);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _scope.DisposeAsync();
        await _core.DisposeAsync();
    }
}
