using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// How long one kind of record is kept, from which moment, on what ground, and what happens when the period is
/// over. One policy per record kind; every change raises <see cref="Version"/> and writes a
/// <see cref="RetentionPolicyVersion"/>.
/// </summary>
[Display(Name = "bewaarbeleid")]
public sealed class RetentionPolicy : IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The <see cref="IRetentionPolicySubject.Key"/> this policy governs.</summary>
    public required string RecordKind { get; init; }

    public required string Name { get; set; }

    public int PeriodMonths { get; set; }

    public RetentionTrigger Trigger { get; set; }

    public RetentionGround Ground { get; set; }

    /// <summary>For a statutory ground: the law, e.g. "art. 52 AWR".</summary>
    public string? Law { get; set; }

    /// <summary>For a statutory ground: the minimum the law demands; the period may never be shorter.</summary>
    public int? StatutoryMinimumMonths { get; set; }

    /// <summary>For "strictly necessary": why this period is needed.</summary>
    public string? Motivation { get; set; }

    public RetentionAction Action { get; set; }

    public int Version { get; set; } = 1;

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>
    /// The one sentence every document uses for this retention (register, access report, consent receipt), e.g.
    /// "2 jaar na einde lidmaatschap; daarna geanonimiseerd (strikt noodzakelijk)" or "7 jaar na einde boekjaar;
    /// daarna verwijderd (wettelijke bewaarplicht: art. 52 AWR)".
    /// </summary>
    public string Summary
    {
        get
        {
            var after = Action == RetentionAction.Delete ? "verwijderd" : "geanonimiseerd";
            var ground = Ground == RetentionGround.Statutory && !string.IsNullOrWhiteSpace(Law) ? $"{Ground.Label()}: {Law}" : Ground.Label();
            return $"{RetentionCalendar.DescribePeriod(PeriodMonths)} na {Trigger.Label()}; daarna {after} ({ground})";
        }
    }

    /// <summary>The day a record whose trigger happened on <paramref name="eventDate"/> expires under this policy.</summary>
    public DateOnly ExpiresOn(DateOnly eventDate) => RetentionCalendar.ExpiresOn(Trigger, eventDate, PeriodMonths);

    public bool HasExpired(DateOnly eventDate, DateOnly today) => RetentionCalendar.IsExpired(Trigger, eventDate, PeriodMonths, today);

    /// <summary>Why a record expired, e.g. "einde lidmaatschap 15-03-2019 + 2 jaar: verlopen op 15-03-2021".</summary>
    public string ExpiryReason(DateOnly eventDate) => RetentionCalendar.Reason(Trigger, eventDate, PeriodMonths);

    /// <summary>
    /// An administrator changes the policy (checked by <see cref="RetentionPolicyRules"/>): a new version, whose
    /// snapshot for the history is returned. A law and its minimum belong to a statutory ground only.
    /// </summary>
    public RetentionPolicyVersion Change(RetentionPolicyInput input, DateTime atUtc, string userId, string userName)
    {
        var statutory = input.Ground == RetentionGround.Statutory;
        Name = input.Name.Trim();
        PeriodMonths = input.PeriodMonths;
        Trigger = input.Trigger;
        Ground = input.Ground;
        Law = statutory ? input.Law?.Trim() : null;
        StatutoryMinimumMonths = statutory ? input.StatutoryMinimumMonths : null;
        Motivation = string.IsNullOrWhiteSpace(input.Motivation) ? null : input.Motivation.Trim();
        Action = input.Action;
        Version++;
        UpdatedAtUtc = atUtc;
        UpdatedBy = userName;
        return Snapshot(atUtc, userId, userName, input.ChangeNote?.Trim());
    }

    public RetentionPolicyVersion Snapshot(DateTime atUtc, string userId, string userName, string? note) => new()
    {
        PolicyId = Id,
        Version = Version,
        Name = Name,
        PeriodMonths = PeriodMonths,
        Trigger = Trigger,
        Ground = Ground,
        Law = Law,
        StatutoryMinimumMonths = StatutoryMinimumMonths,
        Motivation = Motivation,
        Action = Action,
        ChangedAtUtc = atUtc,
        ChangedByUserId = userId,
        ChangedByName = userName,
        Note = note,
    };
}
