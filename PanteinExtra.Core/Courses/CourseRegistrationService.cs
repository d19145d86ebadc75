using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Courses;

/// <summary>
/// Signing a person of the household up for a course or meeting, or off, by the call centre during a call about the
/// household. The caller check is enforced here, as at the desk: a verified caller who may act for the household's people
/// (<see cref="HouseholdAccessNeed.ChangeDetails"/>), and no restriction of processing. A full course puts the person on
/// the waiting list; a sign-off of a registered person promotes the first on it in the same save. Every change of the
/// registrations renews the course's <see cref="Course.RegistrationsStamp"/>, so two sign-ups at once cannot both take
/// the last place: the second save fails and is counted again.
/// </summary>
public sealed class CourseRegistrationService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    HouseholdAccess access,
    IProcessingRestrictions restrictions,
    TimeProvider clock)
{
    public const string AlreadySignedUp = "Deze persoon is al aangemeld of staat al op de wachtlijst.";

    private const int Attempts = 3;

    private static readonly string[] Agents = [Roles.CallCentre];

    private static readonly string[] HouseholdReaders = [Roles.CallCentre, Roles.PrivacyOfficer];

    /// <summary>The registrations of the household's people, newest course first (read under the household access check).</summary>
    public async Task<IReadOnlyList<HouseholdRegistration>> ForHouseholdAsync(Guid householdId, CancellationToken ct = default)
    {
        await guard.RequireAsync(CoursesEventTypes.RegistrationsView, AuditAction.View, HouseholdReaders, ct);
        var grant = await access.RequireAsync(householdId, HouseholdAccessNeed.Read, CoursesEventTypes.RegistrationsView, AuditAction.View, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await (
            from r in db.CourseRegistrations.AsNoTracking()
            join c in db.Courses.AsNoTracking() on r.CourseId equals c.Id
            join p in db.Persons.AsNoTracking() on r.PersonId equals p.Id
            where r.HouseholdId == householdId
            orderby c.StartsAtUtc descending
            select new { r.Id, r.CourseId, c.Title, c.StartsAtUtc, r.PersonId, p.FirstName, p.Infix, p.LastName, r.Status, r.DietaryWish, c.IsCancelled })
            .ToListAsync(ct);
        var positions = await WaitingPositionsAsync(db, rows.Where(r => r.Status == RegistrationStatus.WaitingList).Select(r => r.CourseId).Distinct().ToList(), ct);
        await audit.RecordAsync(
            new AuditRecord(CoursesEventTypes.RegistrationsView, AuditAction.View)
            {
                TargetType = nameof(Household),
                TargetId = householdId.ToString(),
                SubjectHouseholdId = householdId,
                PurposeOfUse = grant.PurposeOfUse,
            },
            ct);
        return rows.Select(r => new HouseholdRegistration(
            r.Id, r.CourseId, r.Title, r.StartsAtUtc, r.PersonId, PersonNames.Full(r.FirstName, r.Infix, r.LastName), r.Status,
            positions.GetValueOrDefault(r.Id), r.DietaryWish, r.IsCancelled)).ToList();
    }

    public async Task<Result> SignUpAsync(Guid householdId, SignUpInput input, CancellationToken ct = default)
    {
        var check = await CheckAsync(householdId, CoursesEventTypes.SignUp, AuditAction.Create, input, ct);
        if (check.Value is not { } grant)
        {
            return check.Outcome;
        }

        using var purpose = auditContext.BeginPurpose(grant.PurposeOfUse);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == input.CourseId, ct);
            if (course is null)
            {
                return Result.NotFound("Deze cursus of bijeenkomst bestaat niet (meer).");
            }

            if (course.SignUpRefusal(DutchTime.Today(clock)) is { } refusal)
            {
                return Result.Refused(refusal);
            }

            if (!course.HasMeal && !string.IsNullOrWhiteSpace(input.DietaryWish))
            {
                return Result.Invalid(nameof(SignUpInput.DietaryWish), CourseRegistration.DietaryWishWithoutMeal);
            }

            if (!string.IsNullOrWhiteSpace(input.DietaryWish) && !input.DietaryWishConsent)
            {
                return Result.Invalid(nameof(SignUpInput.DietaryWishConsent), CourseRegistration.DietaryWishNeedsConsent);
            }

            if (!await db.Persons.AnyAsync(p => p.Id == input.PersonId && p.HouseholdId == householdId, ct))
            {
                return Result.Invalid(nameof(SignUpInput.PersonId), "Kies een persoon van dit huishouden.");
            }

            var registrations = await db.CourseRegistrations.AsNoTracking()
                .Where(r => r.CourseId == course.Id && r.Status != RegistrationStatus.SignedOff)
                .Select(r => new { r.PersonId, r.Status })
                .ToListAsync(ct);
            if (registrations.Any(r => r.PersonId == input.PersonId))
            {
                return Result.Refused(AlreadySignedUp);
            }

            var taken = registrations.Count(r => r.Status == RegistrationStatus.Registered);
            var registration = CourseRegistration.SignUp(course, householdId, input.PersonId!.Value, taken, input.DietaryWish, clock.GetUtcNow().UtcDateTime);
            db.CourseRegistrations.Add(registration);
            course.RegistrationsChanged();
            if (await TrySaveAsync(db, attempt, ct) is { } outcome)
            {
                if (!outcome.Succeeded)
                {
                    return outcome;
                }

                if (registration.Status == RegistrationStatus.Registered)
                {
                    return Result.Ok($"Aangemeld voor {course.Title}.");
                }

                var position = registrations.Count(r => r.Status == RegistrationStatus.WaitingList) + 1;
                return Result.Ok($"De {course.Kind.Label()} is vol: op de wachtlijst geplaatst als nummer {position}.");
            }
        }
    }

    public async Task<Result> SignOffAsync(Guid householdId, Guid registrationId, CancellationToken ct = default)
    {
        var check = await CheckAsync(householdId, CoursesEventTypes.SignOff, AuditAction.Update, input: null, ct);
        if (check.Value is not { } grant)
        {
            return check.Outcome;
        }

        using var purpose = auditContext.BeginPurpose(grant.PurposeOfUse);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var registration = await db.CourseRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.HouseholdId == householdId, ct);
            if (registration is null)
            {
                return Result.NotFound("Deze aanmelding bestaat niet (meer).");
            }

            if (!registration.IsActive)
            {
                return Result.Ok("Was al afgemeld.");
            }

            var course = await db.Courses.SingleAsync(c => c.Id == registration.CourseId, ct);
            if (course.HasStarted(clock.GetUtcNow().UtcDateTime))
            {
                return Result.Refused("De cursus of bijeenkomst is al begonnen: afmelden kan niet meer.");
            }

            var freesPlace = registration.Status == RegistrationStatus.Registered;
            registration.SignOff(clock.GetUtcNow().UtcDateTime);
            var promoted = freesPlace && !course.IsCancelled
                ? await db.CourseRegistrations
                    .Where(r => r.CourseId == course.Id && r.Status == RegistrationStatus.WaitingList)
                    .OrderBy(r => r.RegisteredAtUtc).ThenBy(r => r.Id)
                    .FirstOrDefaultAsync(ct)
                : null;
            promoted?.Promote();
            course.RegistrationsChanged();
            if (await TrySaveAsync(db, attempt, ct) is { } outcome)
            {
                return !outcome.Succeeded ? outcome
                    : promoted is null ? Result.Ok("Afgemeld.")
                    : Result.Ok("Afgemeld. De eerste op de wachtlijst is nu aangemeld; laat hem of haar dat weten.");
            }
        }
    }

    /// <summary>Null when a concurrent change of the same course's registrations won and the attempt should be made again.</summary>
    private static async Task<Result?> TrySaveAsync(PortalDbContext db, int attempt, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException) when (attempt < Attempts)
        {
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Conflict("Er werd tegelijk iemand anders aan- of afgemeld. Probeer het opnieuw.");
        }
    }

    /// <summary>The place on the waiting list of each waiting registration of these courses (1 is next).</summary>
    internal static async Task<Dictionary<Guid, int>> WaitingPositionsAsync(PortalDbContext db, IReadOnlyList<Guid> courseIds, CancellationToken ct)
    {
        var waiting = await db.CourseRegistrations.AsNoTracking()
            .Where(r => courseIds.Contains(r.CourseId) && r.Status == RegistrationStatus.WaitingList)
            .Select(r => new { r.Id, r.CourseId, r.RegisteredAtUtc })
            .ToListAsync(ct);
        return waiting.GroupBy(r => r.CourseId)
            .SelectMany(g => g.OrderBy(r => r.RegisteredAtUtc).ThenBy(r => r.Id).Select((r, i) => (r.Id, Position: i + 1)))
            .ToDictionary(x => x.Id, x => x.Position);
    }

    /// <summary>The role, the household access check (a verified caller who may act for the household), the restriction, the input's rules.</summary>
    private async Task<Result<HouseholdAccessGrant>> CheckAsync(Guid householdId, string eventType, AuditAction action, object? input, CancellationToken ct)
    {
        await guard.RequireAsync(eventType, action, Agents, ct);
        var decision = await access.CheckAsync(householdId, HouseholdAccessNeed.ChangeDetails, eventType, action, ct);
        if (decision.Grant is not { } grant)
        {
            return Result.Refused(decision.Refusal!);
        }

        if (await restrictions.IsRestrictedAsync(householdId, ct: ct))
        {
            await audit.RecordAsync(
                new AuditRecord(eventType, action)
                {
                    Outcome = AuditOutcome.Denied,
                    SubjectHouseholdId = householdId,
                    PurposeOfUse = grant.PurposeOfUse,
                    Details = new Dictionary<string, object?> { ["reason"] = "restriction" },
                },
                ct);
            return Result.Refused(MemberDeskService.RestrictedMessage);
        }

        return input is not null && InputRules.Validate(input) is { } invalid ? invalid : Result.Ok(grant);
    }
}
