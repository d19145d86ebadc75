extern alias benchmarks;
using System.Diagnostics;
using benchmarks::PanteinExtra.Benchmarks.Load;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Benchmarks;

/// <summary>The load benchmark's agent, headless, against the real portal on a real port: the whole call, audited.</summary>
public sealed class HeadlessAgentJourneyTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new() { SeedDemoData = true };
    private Uri _baseUri = default!;

    public Task InitializeAsync()
    {
        _baseUri = new Uri(_portal.UseRealServer().TrimEnd('/') + "/");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task TwoHeadlessAgents_SearchOpenCheckAndEndTheirCalls_AndEveryCallerCheckIsAudited()
    {
        var employee = DemoEmployees.For(Roles.CallCentre);
        var steps = new List<string>();
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        await using var first = new AgentSession(_baseUri, employee, null, TimeSpan.FromSeconds(15), TimeSpan.Zero);
        await using var second = new AgentSession(_baseUri, employee, null, TimeSpan.FromSeconds(15), TimeSpan.Zero);
        await Task.WhenAll(first.SignInAndOpenSearchAsync(Record), second.SignInAndOpenSearchAsync(Record));

        var calls = await Task.WhenAll(first.TakeCallAsync(10, Record), second.TakeCallAsync(20, Record));
        var again = await first.TakeCallAsync(11, Record);

        Assert.Equal([true, true, true], calls.Append(again));
        Assert.True(first.Circuit!.IsConnected && second.Circuit!.IsConnected);
        Assert.Equal(3, steps.Count(s => s == Steps.RecordCheck));
        Assert.Equal(3, steps.Count(s => s is Steps.EndCall or Steps.EndCallError));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"The journey took {watch.Elapsed}.");

        await using var scope = _portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var numbers = new[] { "1000010", "1000020", "1000011" };
        var households = await db.Households.AsNoTracking().Where(h => numbers.Contains(h.MemberNumber)).Select(h => h.Id).ToListAsync();
        var checks = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EventType == MembersEventTypes.CallerCheck && e.UserId == employee)
            .Select(e => new { e.SubjectHouseholdId, e.StartedAtUtc })
            .ToListAsync();
        Assert.Equal(3, households.Count);
        Assert.All(households, id => Assert.Contains(checks, c => c.SubjectHouseholdId == id && c.StartedAtUtc >= started.UtcDateTime.AddMinutes(-1)));

        void Record(string step, double _)
        {
            lock (steps)
            {
                steps.Add(step);
            }
        }
    }
}
