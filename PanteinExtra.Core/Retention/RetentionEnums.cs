namespace PanteinExtra.Core.Retention;

/// <summary>The moment a retention period starts counting.</summary>
public enum RetentionTrigger
{
    /// <summary>The day the household's membership ended.</summary>
    [Display(Name = "einde lidmaatschap")] MembershipEnded,

    /// <summary>The day a complaint, referral, data-subject request or breach was closed.</summary>
    [Display(Name = "afsluiting")] Closure,

    /// <summary>The first day after the financial year (a calendar year) the record belongs to.</summary>
    [Display(Name = "einde boekjaar")] EndOfFinancialYear,

    /// <summary>The day the record was made.</summary>
    [Display(Name = "aanmaak")] Creation,

    /// <summary>The day of the household's most recent call.</summary>
    [Display(Name = "laatste contact")] LastContact,

    /// <summary>The day a subscription or discount registration ended.</summary>
    [Display(Name = "einddatum")] EndDate,

    /// <summary>The day a consent was withdrawn (and not given again since).</summary>
    [Display(Name = "intrekking van de toestemming")] Withdrawal,
}

/// <summary>Why the record may (or must) be kept for the period.</summary>
public enum RetentionGround
{
    /// <summary>A law requires keeping it; the law and its minimum are named.</summary>
    [Display(Name = "wettelijke bewaarplicht")] Statutory,

    /// <summary>No law applies: kept no longer than strictly necessary, with a motivation.</summary>
    [Display(Name = "strikt noodzakelijk")] StrictlyNecessary,
}

public enum RetentionAction
{
    [Display(Name = "verwijderen")] Delete,

    /// <summary>Remove what identifies a person; keep what statistics need.</summary>
    [Display(Name = "anonimiseren")] Anonymise,
}

public enum RetentionRunOrigin
{
    [Display(Name = "handmatig")] Manual,

    /// <summary>The nightly preview.</summary>
    [Display(Name = "gepland")] Scheduled,
}

/// <summary>
/// A run's life: previewed, approved by the FG, running (in batches), then completed; it may be stopped and
/// approved again to resume. A preview replaced by a newer one, or made stale by a policy change, is superseded.
/// </summary>
public enum RetentionRunStatus
{
    [Display(Name = "wacht op goedkeuring")] Previewed,
    [Display(Name = "goedgekeurd, wacht op uitvoering")] Approved,
    [Display(Name = "wordt uitgevoerd")] Running,
    [Display(Name = "gestopt")] Stopped,
    [Display(Name = "afgerond")] Completed,
    [Display(Name = "vervangen")] Superseded,
}

public enum RetentionItemState
{
    [Display(Name = "te doen")] Pending,
    [Display(Name = "uitgevoerd")] Done,

    /// <summary>Not touched: the household is under a legal hold.</summary>
    [Display(Name = "geblokkeerd")] Held,

    /// <summary>Not touched: the record was already gone or no longer expired when its batch came.</summary>
    [Display(Name = "overgeslagen")] Skipped,
}

public enum LegalHoldKind
{
    [Display(Name = "geschil")] Dispute,
    [Display(Name = "rechtsvordering")] LegalClaim,
    [Display(Name = "bewaarblokkade")] Other,
}
