namespace PanteinExtra.Core.Consent;

/// <summary>The state of one person's consent for one purpose at a moment, derived from the events.</summary>
public sealed record ConsentState(Guid PurposeId, ConsentAction? LastAction, ConsentEvent? LastEvent)
{
    /// <summary>Consent stands: the last event at or before the moment is a "given".</summary>
    public bool IsGiven => LastAction == ConsentAction.Given;
}

/// <summary>
/// Reconstructs consent states from the append-only events. Per purpose the decisions follow their
/// <see cref="ConsentEvent.Sequence"/>; across purposes, the moment they were made.
/// </summary>
public static class ConsentHistory
{
    public static IEnumerable<ConsentEvent> InOrder(IEnumerable<ConsentEvent> events) =>
        events.OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Sequence);

    /// <summary>The state of each purpose at <paramref name="atUtc"/> (inclusive); purposes never decided are absent.</summary>
    public static IReadOnlyDictionary<Guid, ConsentState> StatesAt(IEnumerable<ConsentEvent> events, DateTime atUtc) =>
        events.Where(e => e.OccurredAtUtc <= atUtc)
            .GroupBy(e => e.PurposeId)
            .ToDictionary(g => g.Key, g =>
            {
                var last = g.MaxBy(e => e.Sequence)!;
                return new ConsentState(g.Key, last.Action, last);
            });

    /// <summary>The current state of each purpose: every event counts.</summary>
    public static IReadOnlyDictionary<Guid, ConsentState> Current(IEnumerable<ConsentEvent> events) =>
        StatesAt(events, DateTime.MaxValue);

    public static ConsentState StateOf(IEnumerable<ConsentEvent> events, Guid purposeId, DateTime atUtc) =>
        StatesAt(events.Where(e => e.PurposeId == purposeId), atUtc).TryGetValue(purposeId, out var state)
            ? state
            : new ConsentState(purposeId, null, null);
}
