using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Register;
using PanteinExtra.Tests.Core.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Auditing;

/// <summary>Every access-log event names the register activity (and its version) its part of the portal belongs to.</summary>
public sealed class AuditActivityTests : CoreTestHost
{
    private async Task<Guid> ActivityAsync(string name)
    {
        User.As(Roles.Administrator, "Ingrid Visser");
        await using var scope = Scope();
        var result = await Get<RegisterService>(scope).CreateAsync(RegisterTestData.Complete() with { Name = name });
        Assert.True(result.Succeeded, result.Message);
        return result.Value!.Id;
    }

    private async Task<Result> LinkAsync(AuditArea area, Guid? activityId)
    {
        await using var scope = Scope();
        return await Get<AuditAreaLinkService>(scope).LinkAsync(area, activityId);
    }

    private async Task<AuditEvent> RecordAsync(string eventType)
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using (var scope = Scope())
        {
            await Get<IAuditLog>(scope).RecordAsync(new AuditRecord(eventType, AuditAction.View));
        }

        await using var raw = RawDb();
        return await raw.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync(e => e.EventType == eventType);
    }

    [Fact]
    public async Task AnEvent_CarriesTheLinkedActivity_AndTheVersionThatHeldWhenItWasWritten()
    {
        var members = await ActivityAsync("Ledenadministratie");
        Assert.True((await LinkAsync(AuditArea.Members, members)).Succeeded);

        var first = await RecordAsync(MembersEventTypes.HouseholdView);
        User.As(Roles.Administrator);
        await using (var scope = Scope())
        {
            var updated = await Get<RegisterService>(scope).UpdateAsync(members, 1, RegisterTestData.Complete() with { Name = "Ledenadministratie", Owner = "Klantcontact en ledenservice" });
            Assert.True(updated.Succeeded, updated.Message);
        }

        var second = await RecordAsync(MembersEventTypes.HouseholdView);

        Assert.Equal((members, 1), (first.ProcessingActivityId!.Value, first.ProcessingActivityVersion!.Value));
        Assert.Equal((members, 2), (second.ProcessingActivityId!.Value, second.ProcessingActivityVersion!.Value));
        var unlinked = await RecordAsync("Feedback:Create");
        Assert.Null(unlinked.ProcessingActivityId);
    }

    [Fact]
    public async Task AWrite_ThroughTheInterceptor_CarriesTheActivityOfItsEntity()
    {
        var members = await ActivityAsync("Ledenadministratie");
        await LinkAsync(AuditArea.Members, members);

        await using (var scope = Scope())
        {
            await using var db = await DbAsync(scope);
            db.Households.Add(new Household { MemberNumber = "4000001", Street = "Kerkstraat", HouseNumber = 1, Postcode = "6511AB", City = "Nijmegen", MemberSince = new DateOnly(2020, 1, 1) });
            await db.SaveChangesAsync();
        }

        await using var raw = RawDb();
        var created = await raw.AuditEvents.AsNoTracking().SingleAsync(e => e.EventType == "Household:Create");
        Assert.Equal(members, created.ProcessingActivityId);
    }

    [Fact]
    public async Task TheLinks_AreKeptByTheRegistersEditors_AndReadByEveryone()
    {
        var id = await ActivityAsync("Klachten en complimenten");
        User.As(Roles.CallCentre);
        await Assert.ThrowsAsync<ForbiddenException>(() => LinkAsync(AuditArea.Complaints, id));

        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        var linked = await LinkAsync(AuditArea.Complaints, id);
        Assert.Equal("De gebeurtenissen over klachten en complimenten horen nu bij de verwerking \"Klachten en complimenten\".", linked.Message);
        Assert.Equal(ResultStatus.Invalid, (await LinkAsync(AuditArea.Complaints, Guid.NewGuid())).Status);

        User.As(Roles.CallCentre);
        await using var scope = Scope();
        var list = await Get<AuditAreaLinkService>(scope).ListAsync();
        var row = list.Areas.Single(a => a.Area == AuditArea.Complaints);
        Assert.Equal(("Klachten en complimenten", "Mohammed el Amrani"), (row.ActivityName, row.LinkedByName));
        Assert.Null(list.Areas.Single(a => a.Area == AuditArea.Members).ActivityId);
    }

    [Fact]
    public void EveryEntityAndEventType_BelongsToAnAreaOrIsDeliberatelyLeftOut()
    {
        using var db = RawDb();
        var entities = db.Model.GetEntityTypes().Select(t => t.ClrType.Name);
        var eventTypes = typeof(AuditArea).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("EventTypes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Select(f => ((string)f.GetRawConstantValue()!).Split(':')[0]);

        var unlisted = entities.Concat(eventTypes).Distinct().Where(prefix => !AuditAreas.IsListed(prefix) && prefix != nameof(AuditEvent)).Order().ToList();

        Assert.Empty(unlisted);
    }
}
