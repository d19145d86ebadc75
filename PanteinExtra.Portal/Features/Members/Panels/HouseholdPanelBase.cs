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
}
