namespace PanteinExtra.Core.Retention;

/// <summary>
/// One application of the retention policies: a preview of what has expired (its items), the FG's approval,
/// and the batched execution with its checkpoint (<see cref="ProcessedItems"/>, <see cref="LastBatchNumber"/>).
/// The run with its policy summaries is also the report.
/// </summary>
public sealed class RetentionRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Short, human number for the report ("run 12").</summary>
    public int Number { get; init; }

    public RetentionRunOrigin Origin { get; init; }

    public RetentionRunStatus Status { get; private set; } = RetentionRunStatus.Previewed;

    /// <summary>The Dutch calendar date whose expiries the preview lists.</summary>
    public DateOnly AsOfDate { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public required string CreatedByName { get; init; }

    public int TotalItems { get; set; }

    public int HeldItems { get; set; }

    public int ProcessedItems { get; set; }

    public int SkippedItems { get; set; }

    public int LastBatchNumber { get; set; }

    public DateTime? ApprovedAtUtc { get; private set; }

    public string? ApprovedByUserId { get; private set; }

    public string? ApprovedByName { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? LastCheckpointAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public bool StopRequested { get; private set; }

    public string? StoppedByName { get; private set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<RetentionRunPolicySummary> Policies { get; init; } = [];

    public bool CanBeApproved => Status is RetentionRunStatus.Previewed or RetentionRunStatus.Stopped;

    public bool IsActive => Status is RetentionRunStatus.Approved or RetentionRunStatus.Running;

    public void Approve(DateTime atUtc, string userId, string userName)
    {
        if (!CanBeApproved)
        {
            throw new InvalidOperationException($"A run in status {Status} cannot be approved.");
        }

        // A resumed run keeps its first approval in the report and records who resumed it through the audit log.
        ApprovedAtUtc ??= atUtc;
        ApprovedByUserId ??= userId;
        ApprovedByName ??= userName;
        StopRequested = false;
        Status = RetentionRunStatus.Approved;
        Touch();
    }

    public void MarkRunning(DateTime atUtc)
    {
        StartedAtUtc ??= atUtc;
        Status = RetentionRunStatus.Running;
        Touch();
    }

    public void RequestStop(string userName)
    {
        StopRequested = true;
        StoppedByName = userName;
        Touch();
    }

    public void MarkStopped()
    {
        Status = RetentionRunStatus.Stopped;
        Touch();
    }

    public void MarkCompleted(DateTime atUtc)
    {
        FinishedAtUtc = atUtc;
        Status = RetentionRunStatus.Completed;
        Touch();
    }

    public void Supersede()
    {
        Status = RetentionRunStatus.Superseded;
        Touch();
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}

/// <summary>The run's figures for one policy, with the policy version it was previewed under.</summary>
public sealed class RetentionRunPolicySummary
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RunId { get; init; }

    public Guid PolicyId { get; init; }

    public int PolicyVersion { get; init; }

    public required string RecordKind { get; init; }

    public required string PolicyName { get; init; }

    public RetentionAction Action { get; init; }

    public int PeriodMonths { get; init; }

    public int ExpiredCount { get; set; }

    public int HeldCount { get; set; }

    public int ProcessedCount { get; set; }

    public int SkippedCount { get; set; }
}
