using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;

namespace PanteinExtra.DemoData.LogControl;

/// <summary>
/// The demo staff (the development sign-in's employees) in the FG's staff directory, each with a current confirmation of
/// the duty of confidentiality. Daan van den Berg lives at the address of a demo household, which the FG has marked as
/// protected (a staff member's household): when he opens it, the log control finds both his own address and the access
/// to a protected household.
/// </summary>
public sealed class StaffDirectoryDemoDataSeeder(TimeProvider clock) : IDemoDataSeeder
{
    /// <summary>Which demo household (by member number order, active ones) is Daan's: clear of the other demo stories.</summary>
    public const int StaffHouseholdPosition = 150;

    public int Order => 450;

    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        var today = DutchTime.Today(clock);
        var present = await db.StaffDirectory.Select(s => s.UserId).ToListAsync(ct);
        var staffHousehold = await db.Households.AsNoTracking().Where(h => h.Status == MembershipStatus.Active)
            .OrderBy(h => h.MemberNumber).Skip(StaffHouseholdPosition)
            .Select(h => new { h.Id, h.Postcode, h.HouseNumber })
            .FirstOrDefaultAsync(ct);

        StaffDirectoryEntry[] staff =
        [
            new() { UserId = "demo-klantcontact-1", Name = "Sanne de Jong", Surname = "Jong", Postcode = "5912AB", HouseNumber = 3, ManagerName = "Anouk Bakker" },
            new()
            {
                UserId = "demo-klantcontact-2", Name = "Daan van den Berg", Surname = "Berg",
                Postcode = staffHousehold?.Postcode, HouseNumber = staffHousehold?.HouseNumber, ManagerName = "Anouk Bakker",
            },
            new() { UserId = "demo-beheerder", Name = "Ingrid Visser", Surname = "Visser", ManagerName = "Anouk Bakker" },
            new() { UserId = "demo-fg", Name = "Mohammed el Amrani", Surname = "Amrani", ManagerName = "Raad van bestuur" },
        ];
        var confirmedDaysAgo = new[] { 40, 12, 300, 5 };
        for (var i = 0; i < staff.Length; i++)
        {
            if (!present.Contains(staff[i].UserId))
            {
                staff[i].ConfirmConfidentiality(today.AddDays(-confirmedDaysAgo[i]));
                db.StaffDirectory.Add(staff[i]);
            }
        }

        if (staffHousehold is not null && !await db.ProtectedHouseholds.AnyAsync(ct))
        {
            db.ProtectedHouseholds.Add(ProtectedHousehold.Mark(
                staffHousehold.Id, ProtectionKind.StaffMember, "Huishouden van een medewerker van Klantcontact.", "Mohammed el Amrani",
                clock.GetUtcNow().UtcDateTime.AddDays(-30)));
        }

        await db.SaveChangesAsync(ct);
    }
}
