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

    /// <summary>"Open verzoeken", "Afgehandelde verzoeken", ... for the list's filter.</summary>
    public static string ViewLabel(RequestListView view) => view switch
    {
        RequestListView.Open => "Open verzoeken",
        RequestListView.Completed => "Afgehandelde verzoeken",
        RequestListView.Rejected => "Afgewezen verzoeken",
        RequestListView.All => "Alle verzoeken",
    };

    public static string NoneIn(RequestListView view) => view switch
    {
        RequestListView.Open => "Er staan geen verzoeken open.",
        RequestListView.Completed => "Er zijn geen afgehandelde verzoeken.",
        RequestListView.Rejected => "Er zijn geen afgewezen verzoeken.",
        RequestListView.All => "Er zijn geen verzoeken.",
    };
}
