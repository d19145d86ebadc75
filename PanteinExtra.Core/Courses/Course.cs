using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Courses;

/// <summary>A course or a meeting members can sign up for, with its places, its deadline and whether a meal is served.</summary>
[Display(Name = "cursus of bijeenkomst")]
public sealed class Course : IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public CourseKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The start, UTC (entered and shown in Dutch time).</summary>
    public DateTime StartsAtUtc { get; set; }

    public DateTime EndsAtUtc { get; set; }

    /// <summary>The Dutch calendar day it ends: retention of its registrations counts from here.</summary>
    public DateOnly LastDay { get; set; }

    public required string Place { get; set; }

    public int Capacity { get; set; }

    /// <summary>The last day a sign-up is taken (Dutch calendar).</summary>
    public DateOnly RegistrationDeadline { get; set; }

    /// <summary>A meal is served: only then is a dietary wish asked and kept.</summary>
    public bool HasMeal { get; set; }

    public bool IsCancelled { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>
    /// Changes on every sign-up, sign-off and promotion: a second concurrent sign-up based on the same count of places
    /// fails its save and counts again, so the course is never over-booked. Separate from the edit stamp, so an
    /// administrator's screen is not outdated by a sign-up.
    /// </summary>
    public Guid RegistrationsStamp { get; set; } = Guid.NewGuid();

    public const string Cancelled = "Deze cursus of bijeenkomst is geannuleerd: aanmelden kan niet meer.";

    public const string DeadlinePassed = "De aanmeldtermijn is verstreken: aanmelden kan niet meer.";

    /// <summary>Applies the administrator's details; the Dutch reason when they cannot apply, else null.</summary>
    public string? Change(CourseInput input, int takenPlaces)
    {
        if (input.Capacity < takenPlaces)
        {
            return $"Er zijn al {Dutch.Number(takenPlaces)} aanmeldingen: het aantal plaatsen kan niet lager zijn.";
        }

        Kind = input.Kind;
        Title = input.Title!.Trim();
        Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        StartsAtUtc = DutchTime.ToUtc(input.StartsAt!.Value);
        EndsAtUtc = DutchTime.ToUtc(input.EndsAt!.Value);
        LastDay = DateOnly.FromDateTime(input.EndsAt!.Value);
        Place = input.Place!.Trim();
        Capacity = input.Capacity!.Value;
        RegistrationDeadline = input.RegistrationDeadline!.Value;
        HasMeal = input.HasMeal;
        return null;
    }

    public const string AlreadyStarted = "Deze cursus of bijeenkomst is al begonnen of voorbij: annuleren kan niet meer.";

    /// <summary>
    /// Cancels the course before it starts; sign-ups are refused from now on, what was registered stays for the retention
    /// period. One that started or is over happened: it is not cancelled afterwards.
    /// </summary>
    public string? Cancel(DateTime nowUtc)
    {
        if (IsCancelled)
        {
            return "Deze cursus of bijeenkomst was al geannuleerd.";
        }

        if (HasStarted(nowUtc))
        {
            return AlreadyStarted;
        }

        IsCancelled = true;
        return null;
    }

    /// <summary>Why a sign-up is refused today, or null when it is open.</summary>
    public string? SignUpRefusal(DateOnly today) =>
        IsCancelled ? Cancelled : today > RegistrationDeadline ? DeadlinePassed : null;

    public bool HasStarted(DateTime nowUtc) => nowUtc >= StartsAtUtc;

    /// <summary>Marks a change of the registrations, so a concurrent one based on the same count fails.</summary>
    public void RegistrationsChanged() => RegistrationsStamp = Guid.NewGuid();
}
