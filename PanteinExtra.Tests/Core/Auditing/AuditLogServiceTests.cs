using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Auditing;

public sealed class AuditLogServiceTests : CoreTestHost
{
    private readonly Guid _household = Guid.NewGuid();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using var scope = Scope();
        var log = Get<IAuditLog>(scope);
        await log.RecordAsync(new AuditRecord("Household:View", AuditAction.View) { SubjectHouseholdId = _household });
        await log.RecordAsync(new AuditRecord("Household:View", AuditAction.View) { SubjectHouseholdId = Guid.NewGuid() });
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
    }

    [Fact]
    public async Task Search_ByHousehold_ReturnsWhoAccessedIt_AndIsItselfAudited()
    {
        await using var scope = Scope();
        var page = await Get<AuditLogService>(scope).SearchAsync(new AuditLogQuery { SubjectHouseholdId = _household });

        var entry = Assert.Single(page.Items);
        Assert.Equal("Sanne de Jong", entry.UserName);
        await using var raw = RawDb();
        var search = await raw.AuditEvents.SingleAsync(e => e.EventType == AuditEventTypes.AuditLogSearch);
        Assert.Equal("test-privacyofficer", search.UserId);
        Assert.Equal(_household, search.SubjectHouseholdId);
        Assert.Contains("\"results\":1", search.Details);
    }

    [Fact]
    public async Task Search_WhenTheAuditWriteFails_ReturnsNoData()
    {
        await using (var raw = RawDb())
        {
            await raw.Database.ExecuteSqlRawAsync(Provider == DatabaseProvider.Postgres
                ? """
                  CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'schijf vol'; END $$;
                  CREATE TRIGGER "FailAudit" BEFORE INSERT ON "AuditEvents" FOR EACH ROW EXECUTE FUNCTION fail_audit();
                  """
                : "CREATE TRIGGER FailAudit BEFORE INSERT ON AuditEvents BEGIN SELECT RAISE(ABORT, 'schijf vol'); END");
        }

        await using var scope = Scope();
        PagedResult<AuditLogEntry>? result = null;
        var error = await Assert.ThrowsAnyAsync<DbUpdateException>(async () =>
            result = await Get<AuditLogService>(scope).SearchAsync(new AuditLogQuery { SubjectHouseholdId = _household }));
        Assert.Null(result);
        Assert.Contains("schijf vol", error.InnerException?.Message);
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.Administrator)]
    public async Task Search_ByAnyoneButTheFg_IsRefusedAndRecordedAsDenied(string role)
    {
        User.As(role);
        await using var scope = Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() => Get<AuditLogService>(scope).SearchAsync(new AuditLogQuery()));

        await using var raw = RawDb();
        var denied = await raw.AuditEvents.SingleAsync(e => e.Outcome == AuditOutcome.Denied);
        Assert.Equal(AuditEventTypes.AuditLogSearch, denied.EventType);
        Assert.Equal(role, denied.UserRole);
    }

    [Fact]
    public async Task Search_ByAnAnonymousCaller_IsRefused()
    {
        User.Anonymous();
        await using var scope = Scope();
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<AuditLogService>(scope).VerifyChainAsync());
    }

    [Fact]
    public async Task Search_FiltersOnDutchCalendarDays()
    {
        await using var scope = Scope();
        var today = DutchTime.Today(Clock);
        var service = Get<AuditLogService>(scope);

        var todays = await service.SearchAsync(new AuditLogQuery { From = today, To = today, EventTypePrefix = "Household:" });
        var tomorrows = await service.SearchAsync(new AuditLogQuery { From = today.AddDays(1), EventTypePrefix = "Household:" });

        Assert.Equal(2, todays.TotalCount);
        Assert.Equal(0, tomorrows.TotalCount);
    }
}
