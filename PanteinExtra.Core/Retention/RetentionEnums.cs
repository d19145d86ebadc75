namespace PanteinExtra.Core.Retention;

/// <summary>The moment a retention period starts counting.</summary>
public enum RetentionTrigger
{
    /// <summary>The day the household's membership ended.</summary>
    MembershipEnded,

    /// <summary>The day a complaint was closed.</summary>
    Closure,

    /// <summary>The first day after the financial year (a calendar year) the record belongs to.</summary>
    EndOfFinancialYear,

    /// <summary>The day the record was made.</summary>
    Creation,

    /// <summary>The day of the household's most recent call.</summary>
    LastContact,

    /// <summary>The day a subscription or discount registration ended.</summary>
    EndDate,
}

/// <summary>Why the record may (or must) be kept for the period.</summary>
public enum RetentionGround
{
    /// <summary>A law requires keeping it; the law and its minimum are named.</summary>
    Statutory,

    /// <summary>No law applies: kept no longer than strictly necessary, with a motivation.</summary>
    StrictlyNecessary,
}

public enum RetentionAction
{
    Delete,

    /// <summary>Remove what identifies a person; keep what statistics need.</summary>
    Anonymise,
}

public enum RetentionRunOrigin
{
    Manual,
    Scheduled,
}

/// <summary>
/// A run's life: previewed, approved by the FG, running (in batches), then completed; it may be stopped and
/// approved again to resume. A preview replaced by a newer one, or made stale by a policy change, is superseded.
/// </summary>
public enum RetentionRunStatus
{
    Previewed,
    Approved,
    Running,
    Stopped,
    Completed,
    Superseded,
}

public enum RetentionItemState
{
    Pending,
    Done,

    /// <summary>Not touched: the household is under a legal hold.</summary>
    Held,

    /// <summary>Not touched: the record was already gone or no longer expired when its batch came.</summary>
    Skipped,
}

public enum LegalHoldKind
{
    Dispute,
    LegalClaim,
    Other,
}
