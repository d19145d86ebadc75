using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Courses;

/// <summary>One person's sign-up for a course or meeting: registered, on the waiting list or signed off.</summary>
[Display(Name = "aanmelding voor een cursus of bijeenkomst")]
public sealed class CourseRegistration : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CourseId { get; init; }

    public Guid HouseholdId { get; init; }

    /// <summary>The main member or a housemate.</summary>
    public Guid PersonId { get; init; }

    public RegistrationStatus Status { get; private set; }

    /// <summary>When the sign-up was taken: the waiting list is served in this order.</summary>
    public DateTime RegisteredAtUtc { get; init; }

    public DateTime? SignedOffAtUtc { get; private set; }

    /// <summary>Only when the course serves a meal; deleted with the sign-off.</summary>
    public string? DietaryWish { get; private set; }

    public Attendance? Attendance { get; private set; }

    public const string DietaryWishWithoutMeal = "Bij deze cursus of bijeenkomst is er geen maaltijd: een dieetwens wordt niet vastgelegd.";

    public const string DietaryWishNeedsConsent =
        "Een dieetwens kan iets zeggen over de gezondheid: leg hem alleen vast als het lid daar uitdrukkelijk toestemming voor geeft.";

    public const string NotStarted = "De aanwezigheid wordt pas vastgelegd als de cursus of bijeenkomst begonnen is.";

    public const string NotRegistered = "Alleen van aangemelde deelnemers wordt de aanwezigheid vastgelegd.";

    /// <summary>A new sign-up: registered while places are free, otherwise on the waiting list.</summary>
    public static CourseRegistration SignUp(Course course, Guid householdId, Guid personId, int takenPlaces, string? dietaryWish, DateTime nowUtc) =>
        new()
        {
            CourseId = course.Id,
            HouseholdId = householdId,
            PersonId = personId,
            Status = takenPlaces < course.Capacity ? RegistrationStatus.Registered : RegistrationStatus.WaitingList,
            RegisteredAtUtc = nowUtc,
            DietaryWish = course.HasMeal && !string.IsNullOrWhiteSpace(dietaryWish) ? dietaryWish.Trim() : null,
        };

    public bool IsActive => Status != RegistrationStatus.SignedOff;

    /// <summary>Signed off: the dietary wish goes with it (data minimisation); the row stays until its retention ends.</summary>
    public void SignOff(DateTime nowUtc)
    {
        Status = RegistrationStatus.SignedOff;
        SignedOffAtUtc = nowUtc;
        DietaryWish = null;
    }

    /// <summary>A place came free: the first on the waiting list is registered.</summary>
    public void Promote() => Status = RegistrationStatus.Registered;

    /// <summary>Records whether the person came; the Dutch reason when it cannot be recorded, else null.</summary>
    public string? RecordAttendance(Attendance attendance, Course course, DateTime nowUtc)
    {
        if (!course.HasStarted(nowUtc))
        {
            return NotStarted;
        }

        if (Status != RegistrationStatus.Registered)
        {
            return NotRegistered;
        }

        Attendance = attendance;
        return null;
    }

    /// <summary>Retention or erasure of the household: nothing of the person's wish stays.</summary>
    public void Anonymise() => DietaryWish = null;

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
