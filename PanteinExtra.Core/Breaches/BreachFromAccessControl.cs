using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Breaches;

/// <summary>What the access-log control found unjustified: the employee, the period and the households they viewed.</summary>
public sealed record UnauthorisedAccess(
    string EmployeeName, string EmployeeRole, string Rule, DateTime FromUtc, DateTime ToUtc, IReadOnlyDictionary<Guid, int> ViewsPerHousehold, string Note);

public sealed partial class BreachService
{
    /// <summary>
    /// Opens a breach for an unjustified access found by the log control, pre-filled: reported by the FG, kind "reading",
    /// confidentiality affected, the period of the evidence and the households from the log as affected. Runs inside the
    /// caller's context and transaction (the finding is escalated in the same save); the caller checked the FG's role.
    /// </summary>
    internal async Task<Breach> OpenForUnauthorisedAccessAsync(PortalDbContext db, UnauthorisedAccess access, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var number = (await db.Breaches.MaxAsync(b => (int?)b.Number, ct) ?? 0) + 1;
        var households = Dutch.Count(access.ViewsPerHousehold.Count, "huishouden", "huishoudens");
        var period = $"{Dutch.Moment(access.FromUtc)} tot {Dutch.Moment(access.ToUtc)}";
        var what = Cap(
            $"Onbevoegde inzage door een medewerker. Bij de logcontrole (regel: {access.Rule}) is vastgesteld dat {access.EmployeeName} " +
            $"({Roles.DutchName(access.EmployeeRole)}) zonder rechtvaardiging gegevens heeft ingezien van {households}, van {period}. " +
            $"Beoordeling van de FG: {access.Note}");
        var breach = Breach.Report(number, user.UserId, user.DisplayName, now, now, what, $"{households}, afgeleid uit de toegangslog");
        breach.Touch(now);
        db.Breaches.Add(breach);
        db.BreachVersions.Add(VersionOf(breach, BreachStep.Reported, "Aangemaakt vanuit de logcontrole"));

        var persons = await CountPersonsAsync(db, access.ViewsPerHousehold.Keys.Select(h => (h, (Guid?)null)), ct);
        breach.UpdateFile(
            new BreachFileInput
            {
                StartedAt = DutchTime.ToDutch(access.FromUtc),
                EndedAt = DutchTime.ToDutch(access.ToUtc),
                Summary = Cap($"Onbevoegde inzage door een medewerker ({access.EmployeeName}), {households}, {period}."),
                Kinds = BreachKind.Reading,
                PersonsMin = persons,
                PersonsMax = persons,
                PersonGroups = "leden en hun huisgenoten",
                Protection = BreachProtection.None,
                ConfidentialityAffected = true,
            },
            now);
        foreach (var (household, views) in access.ViewsPerHousehold)
        {
            db.BreachAffected.Add(new BreachAffected
            {
                BreachId = breach.Id,
                HouseholdId = household,
                Source = AffectedSource.AccessLog,
                Views = views,
                AddedAtUtc = now,
            });
        }

        db.BreachVersions.Add(VersionOf(breach, BreachStep.AffectedChanged, $"{households} uit de logcontrole"));
        return breach;
    }

    private static string Cap(string text) => text.Length <= BreachLimits.Text ? text : text[..BreachLimits.Text];
}
