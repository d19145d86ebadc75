using PanteinExtra.Core.Requests;

namespace PanteinExtra.Core.Oversight;

/// <summary>What waits for the FG, the most urgent first in each list.</summary>
public sealed record OversightDue(
    IReadOnlyList<DueRequest> Requests,
    int OpenRequests,
    IReadOnlyList<ExpiringAgreement> Agreements,
    IReadOnlyList<ReviewDue> Reviews);

/// <summary>An open request due within <see cref="OversightService.RequestWindowDays"/> days, or overdue (negative days).</summary>
public sealed record DueRequest(Guid Id, int Number, RequestType Type, DateOnly Deadline, int DaysLeft)
{
    public bool IsOverdue => DaysLeft < 0;
}

/// <summary>A processor whose last valid agreement ends within the warning window, or that has none in force.</summary>
public sealed record ExpiringAgreement(Guid ProcessorId, string ProcessorName, DateOnly? ValidUntil, string Text);

/// <summary>A register activity whose review date has passed or falls within <see cref="OversightService.ReviewWindowDays"/> days.</summary>
public sealed record ReviewDue(Guid ActivityId, string ActivityName, DateOnly NextReviewOn, bool IsOverdue);

/// <summary>The figures behind the start page's charts.</summary>
public sealed record OversightTrends(IReadOnlyList<RequestMonth> RequestMonths, IReadOnlyList<AccessDay> AccessDays);

/// <summary>Requests in one calendar month: received, and answered on time or late against their deadline in force.</summary>
public sealed record RequestMonth(int Year, int Month, int Received, int AnsweredOnTime, int AnsweredLate);

/// <summary>
/// What employees did in the access log on one Dutch calendar day, by role, and how often they were refused. Work
/// of the system itself (first-run seeding, scheduled jobs) is counted apart: it is no employee's access.
/// </summary>
public sealed record AccessDay(DateOnly Day, int CallCentre, int Administrator, int PrivacyOfficer, int Denied, int System)
{
    public int ByStaff => CallCentre + Administrator + PrivacyOfficer;
}
