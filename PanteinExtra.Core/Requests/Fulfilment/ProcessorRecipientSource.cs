using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Courses;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Intake;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>
/// The processors that hold a copy of the person's data for us (Art. 4(9): a processor is a recipient too), from the
/// register: an activity names its processors and links to the retention policy of the kind of record it processes.
/// Only the kinds this person or household actually has records of count, and of the activities on consent only those
/// that apply to the person (<see cref="ConsentActivityScope"/>): each processor once (ADR 171).
/// </summary>
public sealed class ProcessorRecipientSource(IDbContextFactory<PortalDbContext> dbFactory, IEnumerable<IRetentionPolicySubject> subjects)
    : IRecipientSource
{
    /// <summary>
    /// Per kind of the portal's own records: whether the household (or, for records of one person, the person) has any.
    /// Records kept outside the portal and the access log are not asked: the portal cannot tell whether the person has any.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, Func<PortalDbContext, Guid, Guid, CancellationToken, Task<bool>>> Holds =
        new Dictionary<string, Func<PortalDbContext, Guid, Guid, CancellationToken, Task<bool>>>
        {
            [HouseholdRecordKind.KindKey] = (db, h, _, ct) => db.Households.AnyAsync(x => x.Id == h, ct),
            [HousemateRecordKind.KindKey] = (db, _, p, ct) => db.Persons.AnyAsync(x => x.Id == p && x.Role == PersonRole.Housemate, ct),
            [ContactPersonRecordKind.KindKey] = (db, h, _, ct) => db.ContactPersons.AnyAsync(x => x.HouseholdId == h, ct),
            [ContributionRecordKind.KindKey] = (db, h, _, ct) => db.Contributions.AnyAsync(x => x.HouseholdId == h, ct),
            [CallNoteRecordKind.KindKey] = (db, h, _, ct) => db.CallNotes.AnyAsync(x => x.HouseholdId == h, ct),
            [EndDatedRecordKinds.InsuranceDiscount.Key] = (db, h, _, ct) => db.InsuranceDiscounts.AnyAsync(x => x.HouseholdId == h, ct),
            [EndDatedRecordKinds.Subscription.Key] = (db, h, p, ct) =>
                db.Subscriptions.AnyAsync(x => x.HouseholdId == h && (x.PersonId == null || x.PersonId == p), ct),
            [ComplaintRecordKind.KindKey] = (db, h, p, ct) =>
                db.Feedback.AnyAsync(x => x.HouseholdId == h && x.Kind == FeedbackKind.Complaint && (x.PersonId == null || x.PersonId == p), ct),
            [ComplimentRecordKind.KindKey] = (db, h, p, ct) =>
                db.Feedback.AnyAsync(x => x.HouseholdId == h && x.Kind == FeedbackKind.Compliment && (x.PersonId == null || x.PersonId == p), ct),
            [ConsentRecordKind.KindKey] = (db, _, p, ct) => db.ConsentEvents.AnyAsync(x => x.PersonId == p, ct),
            [ReferralRecordKind.KindKey] = (db, _, p, ct) => db.Referrals.AnyAsync(x => x.PersonId == p, ct),
            [RequestRecordKind.KindKey] = (db, _, p, ct) => db.DataSubjectRequests.AnyAsync(x => x.PersonId == p, ct),
            [BreachMemberDataRecordKind.KindKey] = (db, h, p, ct) =>
                db.BreachAffected.AnyAsync(x => x.HouseholdId == h && (x.PersonId == null || x.PersonId == p), ct),
            [CourseRegistrationRecordKind.KindKey] = (db, _, p, ct) => db.CourseRegistrations.AnyAsync(x => x.PersonId == p, ct),
            [HandledIntakeRecordKind.KindKey] = (db, h, p, ct) =>
                db.IntakeItems.AnyAsync(x => x.LinkedHouseholdId == h && (x.LinkedPersonId == null || x.LinkedPersonId == p), ct),
        };

    /// <summary>
    /// Kinds of the portal's own records that belong to nobody yet: an unhandled website form is tied to no household
    /// until an agent matches it, so whether "the person" has one cannot be asked.
    /// </summary>
    internal static readonly IReadOnlySet<string> TiedToNobody = new HashSet<string> { OpenIntakeRecordKind.KindKey };

    public RecipientKind Kind => RecipientKind.Processor;

    public async Task<IReadOnlyList<DataRecipient>> RecipientsAsync(Guid householdId, Guid personId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var held = new List<string>();
        foreach (var (kind, holds) in Holds)
        {
            if (await holds(db, householdId, personId, ct))
            {
                held.Add(kind);
            }
        }

        var links = await (
                from policy in db.RetentionPolicies.AsNoTracking()
                where held.Contains(policy.RecordKind)
                join activity in db.ProcessingActivities.AsNoTracking() on (Guid?)policy.Id equals activity.RetentionPolicyId
                join link in db.ProcessingActivityProcessors.AsNoTracking() on activity.Id equals link.ActivityId
                join processor in db.Processors.AsNoTracking() on link.ProcessorId equals processor.Id
                select new { Processor = processor.Name, ActivityId = activity.Id, Activity = activity.Name, policy.RecordKind })
            .ToListAsync(ct);
        var consent = await ConsentActivityScope.ForAsync(db, householdId, personId, ct);
        links = links.Where(l => consent.Applies(l.ActivityId)).ToList();
        var labels = subjects.ToDictionary(s => s.Key, s => s.Label);
        return links
            .GroupBy(l => l.Processor)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DataRecipient(
                g.Key,
                $"Verwerker voor {string.Join(", ", g.Select(l => l.Activity).Distinct().Order(StringComparer.Ordinal))}; "
                    + $"gegevens: {string.Join(", ", g.Select(l => labels.GetValueOrDefault(l.RecordKind, l.RecordKind)).Distinct().Order(StringComparer.Ordinal))}.",
                null,
                Kind))
            .ToList();
    }
}
