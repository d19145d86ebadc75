using MudBlazor;
using PanteinExtra.Core.Requests;

namespace PanteinExtra.Portal.Features.Requests;

/// <summary>Colours of the request pages (the Dutch names of the values are their labels in Core).</summary>
public static class RequestUi
{
    public static Color UrgencyColor(DeadlineUrgency urgency) => urgency switch
    {
        DeadlineUrgency.Overdue => Color.Error,
        DeadlineUrgency.DueWithinAWeek => Color.Warning,
        DeadlineUrgency.OnTrack => Color.Default,
    };
}
