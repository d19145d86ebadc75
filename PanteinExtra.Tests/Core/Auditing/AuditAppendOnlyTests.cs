using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Auditing;

public sealed class AuditAppendOnlyTests : CoreTestHost
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Scope();
        await Get<IAuditLog>(scope).RecordAsync(new AuditRecord("Test:View", AuditAction.View));
    }

    [Fact]
    public async Task Update_OnAuditEvents_IsRefusedByTheDatabase()
    {
        await using var db = RawDb();
        var error = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"UserName\" = 'x'"));
        Assert.Contains("append-only", error.Message);
    }

    [Fact]
    public async Task Delete_OnAuditEvents_IsRefusedByTheDatabase()
    {
        await using var db = RawDb();
        var error = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\""));
        Assert.Contains("append-only", error.Message);
        Assert.Equal(1, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task ExecuteDelete_ThroughEfCore_IsRefusedToo()
    {
        await using var db = RawDb();
        await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEvents.ExecuteDeleteAsync());
        Assert.Equal(1, await db.AuditEvents.CountAsync());
    }
}
