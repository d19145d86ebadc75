using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Requests;

namespace PanteinExtra.Core.LogControl;

/// <summary>
/// The control rules about the ground of an access, run by <see cref="ControlRules"/> over the same day:
/// <list type="bullet">
/// <item>a household seen in full with no caller check and no open request behind it (the FG's supervision is its own
///   ground);</item>
/// <item>bulk downloads: many downloads, exports or prints of personal data by one employee in a day;</item>
/// <item>every access by staff to a protected household (the FG's own supervision excepted).</item>
/// </list>
/// Only successful events of employees count; each rule yields at most one finding per employee per day.
/// </summary>
public sealed class AccessGroundRules(LogControlOptions options)
{
    private static readonly string[] StaffRoles = [.. Roles.All];

    /// <summary>Exports that hold no personal data (the processing register describes processing, not people).</summary>
    private static readonly string[] NonPersonalExports = [RegisterEventTypes.Export];

    public async Task<IReadOnlyList<FindingDraft>> RunAsync(PortalDbContext db, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.StartedAtUtc >= fromUtc && e.StartedAtUtc < toUtc && StaffRoles.Contains(e.UserRole) && e.Outcome == AuditOutcome.Success)
            .Select(e => new GroundEvent(e.Sequence, e.UserId, e.UserName, e.UserRole, e.EventType, e.Action, e.StartedAtUtc, e.SubjectHouseholdId, e.PurposeOfUse, e.Details))
            .ToListAsync(ct);
        var findings = new List<FindingDraft>();
        findings.AddRange(await NoLawfulGroundAsync(db, events, ct));
        findings.AddRange(BulkDownloads(events));
        findings.AddRange(await ProtectedHouseholdAccessAsync(db, events, ct));
        return findings;
    }

    private static async Task<IEnumerable<FindingDraft>> NoLawfulGroundAsync(PortalDbContext db, List<GroundEvent> events, CancellationToken ct)
    {
        var fullViews = events
            .Where(e => e.EventType == MembersEventTypes.HouseholdView && e.Household is not null && e.PurposeOfUse != HouseholdAccessRules.SupervisionPurpose)
            .Where(e => Detail(e.Details, "view") == "volledig")
            .ToList();
        if (fullViews.Count == 0)
        {
            return [];
        }

        var checks = events
            .Where(e => e.EventType == MembersEventTypes.CallerCheck && e.Household is not null && Detail(e.Details, "verified") == "true")
            .ToList();
        var households = fullViews.Select(e => e.Household!.Value).Distinct().ToList();
        var requests = await db.DataSubjectRequests.AsNoTracking()
            .Where(r => households.Contains(r.HouseholdId))
            .Select(r => new { r.HouseholdId, r.Number, r.Status, r.ReceivedOn, r.ClosedOn })
            .ToListAsync(ct);

        bool CheckedBefore(GroundEvent view) =>
            checks.Any(c => c.UserId == view.UserId && c.Household == view.Household && c.AtUtc <= view.AtUtc);

        bool OpenRequestBehind(GroundEvent view)
        {
            var day = DateOnly.FromDateTime(DutchTime.ToDutch(view.AtUtc));
            return requests.Any(r => r.HouseholdId == view.Household && view.PurposeOfUse == $"verzoek #{r.Number}" && r.ReceivedOn <= day
                && (RequestStateMachine.IsOpen(r.Status) || r.ClosedOn >= day));
        }

        return fullViews
            .Where(v => !CheckedBefore(v) && !OpenRequestBehind(v))
            .GroupBy(v => v.UserId)
            .Select(g => Draft(ControlRule.NoLawfulGround, g.ToList(),
                $"{Dutch.Count(g.Select(e => e.Household).Distinct().Count(), "huishouden", "huishoudens")} volledig ingezien zonder geverifieerde bellercontrole en zonder open verzoek ({Dutch.Count(g.Count(), "keer", "keer")})."));
    }

    private IEnumerable<FindingDraft> BulkDownloads(List<GroundEvent> events) =>
        events
            .Where(e => e.Action is AuditAction.Export or AuditAction.Print && !NonPersonalExports.Contains(e.EventType))
            .GroupBy(e => e.UserId)
            .Where(g => g.Count() > options.BulkDownloadThreshold)
            .Select(g => Draft(ControlRule.BulkDownloads, g.ToList(),
                $"{Dutch.Count(g.Count(), "download", "downloads")} van persoonsgegevens op één dag; de grens is {Dutch.Number(options.BulkDownloadThreshold)}."));

    private static async Task<IEnumerable<FindingDraft>> ProtectedHouseholdAccessAsync(PortalDbContext db, List<GroundEvent> events, CancellationToken ct)
    {
        var staffEvents = events.Where(e => e.Household is not null && e.UserRole != Roles.PrivacyOfficer).ToList();
        if (staffEvents.Count == 0)
        {
            return [];
        }

        var households = staffEvents.Select(e => e.Household!.Value).Distinct().ToList();
        var protectedIds = await db.ProtectedHouseholds.AsNoTracking().Where(p => households.Contains(p.HouseholdId)).Select(p => p.HouseholdId).ToListAsync(ct);
        return staffEvents
            .Where(e => e.EventType == ProtectionEventTypes.StateReason || protectedIds.Contains(e.Household!.Value))
            .GroupBy(e => e.UserId)
            .Select(g =>
            {
                var reasons = g.Count(e => e.EventType == ProtectionEventTypes.StateReason);
                var count = g.Select(e => e.Household).Distinct().Count();
                return Draft(ControlRule.ProtectedHouseholdAccess, g.ToList(),
                    $"{Dutch.Count(g.Count(), "toegang", "toegangen")} tot {Dutch.Count(count, "beschermd huishouden", "beschermde huishoudens")}; {Dutch.Count(reasons, "reden", "redenen")} opgegeven (zie de gebeurtenissen).");
            });
    }

    /// <summary>A custom field of an event as text ("true" for true), or null.</summary>
    private static string? Detail(string? details, string key)
    {
        if (string.IsNullOrEmpty(details))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(details);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty(key, out var value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.GetRawText(),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static FindingDraft Draft(ControlRule rule, List<GroundEvent> evidence, string summary) =>
        new(rule, evidence[0].UserId, evidence[0].UserName,
            evidence.Where(e => e.Household is not null).Select(e => e.Household!.Value).Distinct().ToList(),
            evidence.Select(e => e.Sequence).Take(LogControlLimits.EvidenceEvents).ToList(), summary);

    private sealed record GroundEvent(
        long Sequence, string UserId, string UserName, string UserRole, string EventType, AuditAction Action, DateTime AtUtc, Guid? Household, string? PurposeOfUse, string? Details);
}
