using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;

namespace PanteinExtra.DemoData.Requests;

/// <summary>
/// A few open data-subject requests on demo households, so the FG's list shows each stage and urgency on a first run:
/// one just received, one waiting for the identity check and due within a week, one in progress.
/// </summary>
public sealed class RequestsDemoDataSeeder(TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 300;

    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        if (await db.DataSubjectRequests.AnyAsync(ct))
        {
            return;
        }

        var members = await db.Persons.AsNoTracking()
            .Where(p => p.Role == PersonRole.MainMember)
            .Join(db.Households.Where(h => h.Status == MembershipStatus.Active), p => p.HouseholdId, h => h.Id, (p, h) => p)
            .OrderBy(p => p.Id).Take(3).ToListAsync(ct);
        if (members.Count < 3)
        {
            return;
        }

        var today = DutchTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        (RequestType Type, int DaysAgo, ReceivedChannel Channel, RequestStatus Status, string Description)[] demo =
        [
            (RequestType.Access, 2, ReceivedChannel.Phone, RequestStatus.Received, "Wil weten welke gegevens wij van haar hebben en met wie we die delen."),
            (RequestType.Rectification, 26, ReceivedChannel.Letter, RequestStatus.IdentityCheck, "Geboortedatum en telefoonnummer kloppen niet."),
            (RequestType.Erasure, 12, ReceivedChannel.Email, RequestStatus.InProgress, "Zegt het lidmaatschap op en wil dat alle gegevens worden gewist."),
        ];
        for (var i = 0; i < demo.Length; i++)
        {
            var (type, daysAgo, channel, status, description) = demo[i];
            var person = members[i];
            var request = DataSubjectRequest.Register(
                i + 1, type, today.AddDays(-daysAgo), channel, person.HouseholdId, person.Id, RequesterKind.DataSubject,
                null, null, authorised: true, description, null, "Sanne de Jong");
            db.Add(request);
            db.Add(request.Note(TimelineEntryKind.Registered, "Geregistreerd (demogegevens).", request.RegisteredByName, now, to: RequestStatus.Received));
            if (status != RequestStatus.Received)
            {
                request.MoveTo(RequestStatus.IdentityCheck, today);
                db.Add(request.Note(TimelineEntryKind.StatusChanged, null, request.RegisteredByName, now, RequestStatus.Received, RequestStatus.IdentityCheck));
            }

            if (status == RequestStatus.InProgress)
            {
                request.RecordIdentityChecks(RequestIdentityChecks.MemberNumber | RequestIdentityChecks.DateOfBirth, today);
                request.MoveTo(RequestStatus.InProgress, today);
                db.Add(request.Note(TimelineEntryKind.StatusChanged, null, request.RegisteredByName, now, RequestStatus.IdentityCheck, RequestStatus.InProgress));
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
