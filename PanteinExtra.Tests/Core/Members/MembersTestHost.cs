using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Members;

/// <summary>Core over a real SQLite file, with helpers to add households and to read the audit trail.</summary>
public sealed class MembersTestHost : CoreTestHost
{
    /// <summary>Adds households through a plain context (no audit), as arrangement; search keys come from the interceptor.</summary>
    public async Task AddAsync(params Household[] households)
    {
        await using var db = RawDb();
        db.Households.AddRange(households);
        await db.SaveChangesAsync();
    }

    public async Task<List<AuditEvent>> EventsAsync(string eventType)
    {
        await using var db = RawDb();
        return await db.AuditEvents.AsNoTracking().Where(e => e.EventType == eventType).OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>Starts a call as an agent in the scope: a caller check with the given checks.</summary>
    public async Task<CallerCheckResult> CallAsync(AsyncServiceScope scope, Guid householdId, CallerKind caller = CallerKind.Member,
        IdentityChecks checks = IdentityChecks.DateOfBirth | IdentityChecks.PostcodeAndHouseNumber, Guid? contactPersonId = null)
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        return await Get<CallerCheckService>(scope).RecordAsync(householdId, new CallerCheckInput(caller, checks, contactPersonId));
    }
}
