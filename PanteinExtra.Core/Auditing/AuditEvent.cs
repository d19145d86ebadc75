using System.ComponentModel.DataAnnotations;

namespace PanteinExtra.Core.Auditing;

/// <summary>
/// One entry of the access log, shaped after Audit.NET's AuditEvent (event type, start/end, environment, target,
/// custom fields) plus what NEN 7513 asks of an access log (data subject, action, outcome, purpose of use).
/// Rows are append-only and hash-chained: <see cref="Hash"/> covers every field and <see cref="PreviousHash"/>.
/// </summary>
public sealed class AuditEvent
{
    public Guid Id { get; init; }

    /// <summary>Position in the hash chain, 1-based and without gaps.</summary>
    public long Sequence { get; init; }

    /// <summary>`Entity:Action`, e.g. `Household:View`. See <see cref="AuditEventTypes"/>.</summary>
    public required string EventType { get; init; }

    public DateTime StartedAtUtc { get; init; }

    public DateTime EndedAtUtc { get; init; }

    public int DurationMs { get; init; }

    public AuditAction Action { get; init; }

    public AuditOutcome Outcome { get; init; }

    public required string UserId { get; init; }

    public required string UserName { get; init; }

    public required string UserRole { get; init; }

    public required string Machine { get; init; }

    public string? TraceId { get; init; }

    /// <summary>Why the data was used, e.g. "telefonisch contact: lid zelf, geverifieerd" or "verzoek #123".</summary>
    public string? PurposeOfUse { get; init; }

    public string? TargetType { get; init; }

    public string? TargetId { get; init; }

    /// <summary>The household whose data was touched, if any.</summary>
    public Guid? SubjectHouseholdId { get; init; }

    /// <summary>The person whose data was touched, if any.</summary>
    public Guid? SubjectPersonId { get; init; }

    /// <summary>Custom fields as a JSON object (changed field names, search kind, result count). Never personal values.</summary>
    public string? Details { get; init; }

    /// <summary>The register's processing activity this event belongs to (Logius "Logboek dataverwerkingen").</summary>
    public Guid? ProcessingActivityId { get; init; }

    /// <summary>The version of that activity in force when the event happened.</summary>
    public int? ProcessingActivityVersion { get; init; }

    /// <summary>1: plain SHA-256 (events written before the chain was keyed); 2: HMAC-SHA256 with the chain key.</summary>
    public int HashVersion { get; init; } = AuditChain.KeyedHashVersion;

    public string? PreviousHash { get; init; }

    /// <summary>Set once, when the event is chained (<see cref="AuditEventFactory"/>).</summary>
    public string Hash { get; internal set; } = "";
}

/// <summary>NEN 7513 actions.</summary>
public enum AuditAction
{
    [Display(Name = "inzage")]
    View,

    [Display(Name = "zoeken")]
    Search,

    [Display(Name = "aanmaken")]
    Create,

    [Display(Name = "wijzigen")]
    Update,

    [Display(Name = "verwijderen")]
    Delete,

    [Display(Name = "exporteren")]
    Export,

    [Display(Name = "afdrukken")]
    Print,

    [Display(Name = "aanmelden")]
    SignIn,

    [Display(Name = "afmelden")]
    SignOut,
}

public enum AuditOutcome
{
    [Display(Name = "gelukt")]
    Success,

    [Display(Name = "geweigerd")]
    Denied,

    [Display(Name = "mislukt")]
    Failed,
}
