using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Courses;

/// <summary>A course or meeting as the administrator enters it; dates and times in Dutch time.</summary>
public sealed class CourseInput : IValidatableObject
{
    [Display(Name = "Soort")]
    public CourseKind Kind { get; set; }

    [Display(Name = "Titel"), Mandatory, MaxText(CourseLimits.Title)]
    public string? Title { get; set; }

    [Display(Name = "Omschrijving"), MaxText(CourseLimits.Description), MultiLine]
    public string? Description { get; set; }

    [Display(Name = "Begin"), Mandatory]
    public DateTime? StartsAt { get; set; }

    [Display(Name = "Einde"), Mandatory]
    public DateTime? EndsAt { get; set; }

    [Display(Name = "Plaats"), Mandatory, MaxText(CourseLimits.Place)]
    public string? Place { get; set; }

    [Display(Name = "Aantal plaatsen"), Mandatory, Between(1, CourseLimits.MaxCapacity)]
    public int? Capacity { get; set; }

    [Display(Name = "Aanmelden kan tot en met"), Mandatory]
    public DateOnly? RegistrationDeadline { get; set; }

    [Display(Name = "Met maaltijd")]
    public bool HasMeal { get; set; }

    /// <summary>The stamp the administrator's screen was based on (for a change).</summary>
    public Guid ConcurrencyStamp { get; set; }

    public static CourseInput From(CourseView c) => new()
    {
        Kind = c.Kind,
        Title = c.Title,
        Description = c.Description,
        StartsAt = Common.DutchTime.ToDutch(c.StartsAtUtc),
        EndsAt = Common.DutchTime.ToDutch(c.EndsAtUtc),
        Place = c.Place,
        Capacity = c.Capacity,
        RegistrationDeadline = c.RegistrationDeadline,
        HasMeal = c.HasMeal,
        ConcurrencyStamp = c.ConcurrencyStamp,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsAt is { } start && start.Year < 2000)
        {
            yield return new ValidationResult("Vul een geldige datum en tijd in.", [nameof(StartsAt)]);
        }

        if (StartsAt is { } s && EndsAt is { } e && e <= s)
        {
            yield return new ValidationResult("Het einde ligt na het begin.", [nameof(EndsAt)]);
        }

        if (StartsAt is { } begin && RegistrationDeadline is { } deadline && deadline > DateOnly.FromDateTime(begin))
        {
            yield return new ValidationResult("De aanmeldtermijn eindigt uiterlijk op de dag van het begin.", [nameof(RegistrationDeadline)]);
        }
    }
}

/// <summary>The agent signs a person of the household up during the call.</summary>
public sealed class SignUpInput
{
    [Display(Name = "Cursus of bijeenkomst"), Mandatory]
    public Guid? CourseId { get; set; }

    [Display(Name = "Persoon"), Mandatory]
    public Guid? PersonId { get; set; }

    /// <summary>Only for a course with a meal (checked in <see cref="CourseRegistrationService"/>).</summary>
    [Display(Name = "Dieetwens"), MaxText(CourseLimits.DietaryWish)]
    public string? DietaryWish { get; set; }

    /// <summary>A dietary wish can say something about health (Art. 9 AVG): it is kept only with the person's explicit consent.</summary>
    [Display(Name = "Het lid geeft uitdrukkelijk toestemming om de dieetwens vast te leggen")]
    public bool DietaryWishConsent { get; set; }
}
