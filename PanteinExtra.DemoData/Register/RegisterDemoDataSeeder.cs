using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Register;

namespace PanteinExtra.DemoData.Register;

/// <summary>
/// The first register, drawn from the privacy statement: its purposes as activities, the processors it implies
/// with their agreements (some ending soon, one missing), every activity marked for the FG's review and linked to its
/// retention policy.
/// </summary>
internal sealed class RegisterDemoDataSeeder(ICurrentUser user, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 40;

    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        if (await db.ProcessingActivities.AnyAsync(ct) || await db.Processors.AnyAsync(ct))
        {
            return;
        }

        var today = DutchTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.RegisterDetails.AnyAsync(ct))
        {
            db.RegisterDetails.Add(new RegisterDetails
            {
                ControllerName = "Pantein Extra",
                ControllerAddress = "Postbus 50, 5830 AB Boxmeer",
                ControllerEmail = "info@panteinextra.nl",
                ControllerPhone = "0485 - 84 50 00",
                JointControllers = "geen",
                Representative = "geen",
                OfficerName = "Functionaris Gegevensbescherming Pantein",
                OfficerEmail = "fg@pantein.nl",
                OfficerPhone = "0485 - 84 50 10",
            });
        }

        var processors = RegisterDemoData.Processors(today);
        db.Processors.AddRange(processors);
        var names = processors.ToDictionary(p => p.Id, p => p.Name);
        Guid P(string name) => processors.First(p => p.Name == name).Id;
        var policies = await db.RetentionPolicies.AsNoTracking().ToDictionaryAsync(p => p.RecordKind, p => p.Id, ct);
        Guid Policy(string kind) => policies.TryGetValue(kind, out var id)
            ? id
            : throw new InvalidOperationException($"No retention policy for '{kind}': the reference data seeds one per kind before the demo data.");
        foreach (var content in RegisterDemoData.Activities(today, P, Policy))
        {
            var activity = new ProcessingActivity();
            db.ProcessingActivities.Add(activity);
            ActivityVersioning.Apply(db, activity, content.Normalised(), isNew: true, VersionChangeKind.Seeded, names, user, now);
        }

        var activities = db.ProcessingActivities.Local.ToDictionary(a => a.Name, a => a.Id);
        foreach (var (area, activity) in RegisterDemoData.AuditAreaActivities)
        {
            db.AuditAreaLinks.Add(AuditAreaLink.Link(area, activities[activity], now, user.DisplayName));
        }

        await db.SaveChangesAsync(ct);
    }
}
