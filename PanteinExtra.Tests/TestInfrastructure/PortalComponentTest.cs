using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>
/// The one shared bunit context for portal components: MudBlazor services with zero transitions, loose JS interop,
/// a signed-in employee (claims and <see cref="ICurrentUser"/>), and the popover and dialog providers rendered first.
/// Register the component's own services in <see cref="ConfigureServices"/>; the renderer info is set after that.
/// </summary>
public abstract class PortalComponentTest : IAsyncLifetime
{
    protected BunitContext Context { get; } = new();

    protected TestCurrentUser User { get; } = new();

    /// <summary>Where MudBlazor renders dialogs (also inline ones): find a dialog's markup here, not in the component.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected BunitAuthorizationContext Auth { get; private set; } = default!;

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected void SignInAs(string role, string? name = null)
    {
        User.As(role, name);
        Auth.SetAuthorized(User.DisplayName);
        Auth.SetRoles(role);
    }

    public virtual Task InitializeAsync()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
            o.PopoverOptions.CheckForPopoverProvider = false;
        });
        Context.Services.AddTransient<MudLocalizer, PanteinExtra.Portal.Components.Shared.DutchMudLocalizer>();
        Context.Services.AddSingleton<ICurrentUser>(User);
        Context.Services.AddSingleton(TimeProvider.System);
        Auth = Context.AddAuthorization();
        ConfigureServices(Context.Services);
        Context.SetRendererInfo(new RendererInfo("Server", true));
        Context.Render<MudPopoverProvider>();
        Dialogs = Context.Render<MudDialogProvider>();
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await Context.DisposeAsync();
}
