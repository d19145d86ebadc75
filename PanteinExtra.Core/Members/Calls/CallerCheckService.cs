using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Records who is calling about a household and how their identity was checked. <see cref="HouseholdAccess"/> reads the
/// outcome for this household only: each operation on it passes the call's purpose of use, until the call ends.
/// </summary>
public sealed class CallerCheckService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    CallContext calls)
{
    private static readonly string[] Agents = [Roles.CallCentre];

    public async Task<CallerCheckResult> RecordAsync(Guid householdId, CallerCheckInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.CallerCheck, AuditAction.Create, Agents, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var household = await db.Households.AsNoTracking().Where(h => h.Id == householdId).Select(h => new { h.DataErasedOn }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Huishouden", householdId);
        if (household.DataErasedOn is not null)
        {
            // Nothing is left to check the caller against, and nothing of the household opens after a check.
            await audit.RecordAsync(
                new AuditRecord(MembersEventTypes.CallerCheck, AuditAction.Create)
                {
                    Outcome = AuditOutcome.Denied,
                    TargetType = nameof(Household),
                    TargetId = householdId.ToString(),
                    SubjectHouseholdId = householdId,
                    PurposeOfUse = HouseholdService.BeforeCallerCheckPurpose,
                    Details = new Dictionary<string, object?> { ["reason"] = "data erased" },
                },
                ct);
            throw new RefusedException(HouseholdAccessRules.Erased);
        }

        ContactPersonFacts? contact = null;
        if (input.Caller == CallerKind.ContactPerson && input.ContactPersonId is { } contactId)
        {
            contact = await db.ContactPersons.AsNoTracking()
                .Where(c => c.Id == contactId && c.HouseholdId == householdId)
                .Select(c => new ContactPersonFacts(c.Id, c.Relation, c.Permissions))
                .FirstOrDefaultAsync(ct);
        }

        var result = CallerCheckRules.Evaluate(householdId, input, contact);
        await audit.RecordAsync(
            new AuditRecord(MembersEventTypes.CallerCheck, AuditAction.Create)
            {
                TargetType = "Household",
                TargetId = householdId.ToString(),
                SubjectHouseholdId = householdId,
                PurposeOfUse = result.PurposeOfUse,
                Details = new Dictionary<string, object?>
                {
                    ["caller"] = input.Caller.ToString(),
                    ["checks"] = input.Checks.ToString(),
                    ["contactPerson"] = contact?.Id,
                    ["verified"] = result.IsVerified,
                },
            },
            ct);
        calls.Start(result);
        return result;
    }

    /// <summary>Ends the call: the next household needs its own caller check.</summary>
    public void EndCall() => calls.End();
}
