namespace PanteinExtra.Core.Courses;

/// <summary>A course in the catalogue, with its places taken and its waiting list.</summary>
public sealed record CourseView(
    Guid Id,
    CourseKind Kind,
    string Title,
    string? Description,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    string Place,
    int Capacity,
    DateOnly RegistrationDeadline,
    bool HasMeal,
    bool IsCancelled,
    int Registered,
    int Waiting,
    Guid ConcurrencyStamp)
{
    /// <summary>"12 van 20".</summary>
    public string PlacesTaken => $"{Common.Dutch.Number(Registered)} van {Common.Dutch.Number(Capacity)}";

    public bool IsFull => Registered >= Capacity;
}

/// <summary>One registration on the course page: who, the status, the place on the waiting list, attendance.</summary>
public sealed record CourseRegistrationLine(
    Guid Id,
    Guid HouseholdId,
    string PersonName,
    string MemberNumber,
    RegistrationStatus Status,
    int? WaitingPosition,
    DateTime RegisteredAtUtc,
    string? DietaryWish,
    Attendance? Attendance);

/// <summary>A registration of one person of the household, for the household panel.</summary>
public sealed record HouseholdRegistration(
    Guid Id,
    Guid CourseId,
    string CourseTitle,
    DateTime StartsAtUtc,
    Guid PersonId,
    string PersonName,
    RegistrationStatus Status,
    int? WaitingPosition,
    string? DietaryWish,
    bool CourseCancelled);

/// <summary>What the course page shows.</summary>
public sealed record CourseDetails(CourseView Course, IReadOnlyList<CourseRegistrationLine> Registrations, bool HasStarted);
