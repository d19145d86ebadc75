namespace PanteinExtra.Core.Retention;

/// <summary>
/// One application of the retention policies: a preview of what has expired (its items), the FG's approval,
/// and the batched execution with its checkpoint (<see cref="ProcessedItems"/>, <see cref="LastBatchNumber"/>).
/// The run with its policy summaries is also the report. Its life changes only through the methods below.
/// </summary>
[Display(Name = "opschoonrun")]
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

    /// <summary>Expired records still to act on or acted on (not held).</summary>
    public int TotalItems { get; private set; }

    public int HeldItems { get; private set; }

    public int ProcessedItems { get; private set; }

    public int SkippedItems { get; private set; }

    public int LastBatchNumber { get; private set; }

    public DateTime? ApprovedAtUtc { get; private set; }

    public string? ApprovedByUserId { get; private set; }

    public string? ApprovedByName { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? LastCheckpointAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public bool StopRequested { get; private set; }

    public string? StoppedByName { get; private set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<RetentionRunPolicySummary> Policies { get; init; } = [];

    /// <summary>A preview can be approved, a stopped run resumed.</summary>
    public bool CanBeApproved => Status is RetentionRunStatus.Previewed or RetentionRunStatus.Stopped;

    public bool IsActive => Status is RetentionRunStatus.Approved or RetentionRunStatus.Running;

    /// <summary>The preview listed a policy's expired and held records: they count in the run's totals.</summary>
    public void AddPreviewedPolicy(RetentionRunPolicySummary policy)
    {
        TotalItems += policy.ExpiredCount;
        HeldItems += policy.HeldCount;
    }

    /// <summary>The FG approves the preview: the worker may now execute it.</summary>
    public void Approve(DateTime atUtc, string userId, string userName)
    {
        if (Status != RetentionRunStatus.Previewed)
        {
            throw new InvalidOperationException($"A run in status {Status} cannot be approved.");
        }

        ApprovedAtUtc = atUtc;
        ApprovedByUserId = userId;
        ApprovedByName = userName;
        Status = RetentionRunStatus.Approved;
        Touch();
    }

    /// <summary>
    /// The FG resumes a stopped run from its last checkpoint. The report keeps the first approval; the audit log
    /// records who resumed it.
    /// </summary>
    public void Resume()
    {
        if (Status != RetentionRunStatus.Stopped)
        {
            throw new InvalidOperationException($"A run in status {Status} cannot be resumed.");
        }

        StopRequested = false;
        Status = RetentionRunStatus.Approved;
        Touch();
    }

    /// <summary>The worker starts (or, after a restart, continues) executing the approved run.</summary>
    public void Start(DateTime atUtc)
    {
        StartedAtUtc ??= atUtc;
        Status = RetentionRunStatus.Running;
        Touch();
    }

    /// <summary>
    /// The FG asks the run to stop: a run the worker has not started yet stops at once, a running one after its
    /// current batch (<see cref="Stop"/>).
    /// </summary>
    public void RequestStop(string userName)
    {
        StopRequested = true;
        StoppedByName = userName;
        if (Status == RetentionRunStatus.Approved)
        {
            Status = RetentionRunStatus.Stopped;
        }

        Touch();
    }

    /// <summary>The worker honours a stop request between two batches.</summary>
    public void Stop()
    {
        Status = RetentionRunStatus.Stopped;
        Touch();
    }

    /// <summary>
    /// A batch settled these items (each done, held or skipped): the figures per policy and in total move, and the
    /// checkpoint advances. Returns the number of the batch.
    /// </summary>
    public int RecordBatch(IReadOnlyCollection<RetentionRunItem> items, DateTime atUtc)
    {
        foreach (var item in items)
        {
            Policies.Single(s => s.PolicyId == item.PolicyId).Settled(item.State);
            switch (item.State)
            {
                case RetentionItemState.Done:
                    ProcessedItems++;
                    break;
                case RetentionItemState.Held:
                    TotalItems--;
                    HeldItems++;
                    break;
                case RetentionItemState.Skipped:
                    SkippedItems++;
                    break;
                case RetentionItemState.Pending:
                    throw new InvalidOperationException("Every item of a batch is settled before the checkpoint.");
            }
        }

        LastBatchNumber++;
        LastCheckpointAtUtc = atUtc;
        Touch();
        return LastBatchNumber;
    }

    /// <summary>No pending item is left.</summary>
    public void Complete(DateTime atUtc)
    {
        FinishedAtUtc = atUtc;
        Status = RetentionRunStatus.Completed;
        Touch();
    }

    /// <summary>A newer preview, or a policy changed since this one: it can no longer be approved or executed.</summary>
    public void Supersede()
    {
        Status = RetentionRunStatus.Superseded;
        Touch();
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}

/// <summary>The run's figures for one policy, with the policy version it was previewed under.</summary>
[Display(Name = "opschoonrun per bewaarbeleid")]
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

    public int ExpiredCount { get; private set; }

    public int HeldCount { get; private set; }

    public int ProcessedCount { get; private set; }

    public int SkippedCount { get; private set; }

    /// <summary>The preview listed one of this policy's expired records: to act on (pending) or held.</summary>
    public void Listed(RetentionItemState state)
    {
        if (state == RetentionItemState.Held)
        {
            HeldCount++;
        }
        else
        {
            ExpiredCount++;
        }
    }

    /// <summary>A batch settled one of this policy's records; one that became held no longer counts as expired.</summary>
    public void Settled(RetentionItemState state)
    {
        switch (state)
        {
            case RetentionItemState.Done:
                ProcessedCount++;
                break;
            case RetentionItemState.Held:
                ExpiredCount--;
                HeldCount++;
                break;
            case RetentionItemState.Skipped:
                SkippedCount++;
                break;
        }
    }
}
