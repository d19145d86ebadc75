using Microsoft.AspNetCore.Components;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Portal.Features.Members.Panels;

/// <summary>
/// A panel of the household page. It gets the opened household and tells the page when it changed something,
/// so the page reopens the household (audited) and every panel shows the saved state and the new stamps.
/// </summary>
public abstract class HouseholdPanelBase : ComponentBase
{
    [Parameter, EditorRequired]
    public HouseholdView View { get; set; } = default!;

    [Parameter]
    public EventCallback OnChanged { get; set; }

    /// <summary>Full details: null in the limited view (an unverified caller).</summary>
    protected HouseholdDetails? Details => View.Details;

    /// <summary>Changes are offered when the caller check allows them, never in the FG's supervision (the service checks again).</summary>
    protected bool MayChange => !View.IsReadOnly && View.Caller?.MayChangeDetails == true;

    /// <summary>A complaint or a call note can be taken from anyone who called about this household.</summary>
    protected bool InCall => !View.IsReadOnly && View.Caller is not null;

    private HouseholdView? _loadedFor;

    /// <summary>
    /// Calls <see cref="LoadForViewAsync"/> once the circuit is up (a prerender would read, and audit, twice) and again only
    /// when the page hands a new view (after a change or a new caller check). A re-render of the page with the same view
    /// reads nothing: such a render also comes while the page reopens the household after the call ended, when this
    /// view's call no longer allows the read.
    /// </summary>
    protected override async Task OnParametersSetAsync()
    {
        if (RendererInfo.IsInteractive && !ReferenceEquals(_loadedFor, View))
        {
            _loadedFor = View;
            await LoadForViewAsync();
        }
    }

    /// <summary>What the panel reads beyond <see cref="View"/>; nothing by default.</summary>
    protected virtual Task LoadForViewAsync() => Task.CompletedTask;
}
