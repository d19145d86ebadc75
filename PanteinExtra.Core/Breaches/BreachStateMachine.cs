using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// reported -> in assessment -> notified | not notified (documented); not notified -> notified (reconsidered);
/// notified -> withdrawn; notified | not notified | withdrawn -> closed. Every other move is refused.
/// </summary>
public static class BreachStateMachine
{
    private static readonly Dictionary<BreachStatus, BreachStatus[]> Allowed = new()
    {
        [BreachStatus.Reported] = [BreachStatus.Assessing],
        [BreachStatus.Assessing] = [BreachStatus.Notified, BreachStatus.NotNotified],
        [BreachStatus.NotNotified] = [BreachStatus.Notified, BreachStatus.Closed],
        [BreachStatus.Notified] = [BreachStatus.Withdrawn, BreachStatus.Closed],
        [BreachStatus.Withdrawn] = [BreachStatus.Closed],
        [BreachStatus.Closed] = [],
    };

    public static bool IsAllowed(BreachStatus from, BreachStatus to) => Allowed[from].Contains(to);

    public static bool IsOpen(BreachStatus status) => status != BreachStatus.Closed;

    /// <summary>Null when the move is allowed, otherwise the Dutch reason it is not.</summary>
    public static string? Refusal(BreachStatus from, BreachStatus to) =>
        IsAllowed(from, to) ? null : $"Een datalek met status '{from.Label()}' kan niet naar '{to.Label()}'.";
}
