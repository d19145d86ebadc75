using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Auditing.Pruning;

/// <summary>
/// What pruning the access log would remove today: every event before <see cref="ExpiredBefore"/> has expired under
/// the policy, and the prune takes the oldest of them up to <see cref="UpToSequence"/>, stopping earlier where an
/// event is still needed (each such reason in <see cref="Limits"/>).
/// </summary>
public sealed record AuditLogPrunePlan(
    Guid PolicyId,
    string PolicyName,
    int PolicyVersion,
    int PeriodMonths,
    DateOnly ExpiredBefore,
    long? FirstSequence,
    long? UpToSequence,
    IReadOnlyList<string> Limits)
{
    /// <summary>The last event of an earlier prune that was interrupted; the next prune finishes it first.</summary>
    public long? UnfinishedUpTo { get; init; }

    public bool CanPrune => UpToSequence is { } upTo && FirstSequence is { } first && upTo >= first;

    /// <summary>Whether "Log inkorten" has something to do: a new prune, or finishing an interrupted one.</summary>
    public bool HasWork => CanPrune || UnfinishedUpTo is not null;

    public long EventCount => CanPrune ? UpToSequence!.Value - FirstSequence!.Value + 1 : 0;

    /// <summary>"12.345 gebeurtenissen (1 tot en met 12.345) ..." or why nothing can go.</summary>
    public string Summary => CanPrune
        ? $"{Dutch.Count(EventCount, "gebeurtenis", "gebeurtenissen")} (nummer {Dutch.Number(FirstSequence!.Value)} tot en met {Dutch.Number(UpToSequence!.Value)}) "
            + $"{(EventCount == 1 ? "kan" : "kunnen")} worden verwijderd."
        : $"Er is niets te verwijderen: geen gebeurtenis van vóór {Dutch.LongDate(ExpiredBefore)} die niet meer nodig is.";
}
