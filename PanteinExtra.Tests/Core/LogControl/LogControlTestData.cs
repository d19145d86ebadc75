using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.LogControl;

/// <summary>Households, employees' accesses and findings for the log-control tests, made through the real services.</summary>
internal static class LogControlTestData
{
    public static async Task<Guid> HouseholdAsync(CoreTestHost host, string memberNumber, string lastName = "Berg")
    {
        var household = new Household { MemberNumber = memberNumber, Street = "Kerkstraat", HouseNumber = 12, Postcode = "6511AB", City = "Nijmegen", MemberSince = new DateOnly(2015, 1, 1) };
        var main = new Person { HouseholdId = household.Id, Role = PersonRole.MainMember, FirstName = "Johanna", LastName = lastName };
        await using var db = host.RawDb();
        db.AddRange(household, main);
        await db.SaveChangesAsync();
        return household.Id;
    }

    /// <summary>An agent views the households at a moment (the clock moves there when it lies ahead).</summary>
    public static async Task ViewAsync(CoreTestHost host, DateTimeOffset atUtc, params Guid[] households)
    {
        if (atUtc > host.Clock.GetUtcNow())
        {
            host.Clock.SetUtcNow(atUtc);
        }

        host.User.As(Roles.CallCentre, "Sanne de Jong");
        await using var scope = host.Scope();
        foreach (var household in households)
        {
            await host.Get<IAuditLog>(scope).RecordAsync(
                new AuditRecord(MembersEventTypes.HouseholdView, AuditAction.View) { SubjectHouseholdId = household, PurposeOfUse = "telefonisch contact", StartedAtUtc = atUtc.UtcDateTime });
        }
    }

    /// <summary>
    /// An after-hours view by the agent on 2 March 2026 (21:30 Dutch time) of two households, and the control run over
    /// that day: one open finding (outside working hours).
    /// </summary>
    public static async Task<Guid> AfterHoursFindingAsync(CoreTestHost host)
    {
        var a = await HouseholdAsync(host, "400001", "Berg");
        var b = await HouseholdAsync(host, "400002", "Dijk");
        await ViewAsync(host, new DateTimeOffset(2026, 3, 2, 20, 30, 0, TimeSpan.Zero), a, b, a);
        host.User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = host.Scope();
        await host.Get<LogControlService>(scope).RunAsync(new DateOnly(2026, 3, 2));
        var list = await host.Get<FindingReviewService>(scope).ListAsync(new FindingQuery { Reviewed = false });
        return Assert.Single(list.Items).Id;
    }

    public static async Task<Result> ReviewAsync(CoreTestHost host, Guid finding, FindingReviewInput input)
    {
        host.User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = host.Scope();
        var service = host.Get<FindingReviewService>(scope);
        input.ConcurrencyStamp = (await service.GetAsync(finding))!.Finding.ConcurrencyStamp;
        return await service.ReviewAsync(finding, input);
    }
}
