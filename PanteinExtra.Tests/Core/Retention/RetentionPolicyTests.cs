using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Tests.Core.Retention;

public sealed class RetentionPolicyTests : RetentionTestHost
{
    [Fact]
    public async Task Change_ByAnAdministrator_RaisesTheVersion_KeepsHistory_AndIsAudited()
    {
        User.As(Roles.Administrator, "Ingrid Visser");
        var policy = await PolicyAsync(HouseholdRecordKind.KindKey);
        var input = RetentionPolicyInput.From(policy);
        input.PeriodYears = 1;
        input.PeriodExtraMonths = 6;
        input.ChangeNote = "Korter bewaren na advies FG";

        var result = await Use<RetentionPolicyService, Result>(s => s.ChangeAsync(input));

        Assert.True(result.Succeeded);
        var changed = await PolicyAsync(HouseholdRecordKind.KindKey);
        Assert.Equal(18, changed.PeriodMonths);
        Assert.Equal(2, changed.Version);
        Assert.Equal("Ingrid Visser", changed.UpdatedBy);
        var history = await Use<RetentionPolicyService, IReadOnlyList<RetentionPolicyVersion>>(s => s.HistoryAsync(policy.Id));
        Assert.Equal([2, 1], history.Select(v => v.Version));
        Assert.Equal(24, history[1].PeriodMonths);
        Assert.Equal("Korter bewaren na advies FG", history[0].Note);
        await using var db = RawDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == "RetentionPolicy:Update" && e.TargetId == policy.Id.ToString()));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == RetentionEventTypes.PolicyChange && e.UserName == "Ingrid Visser"));
    }

    [Fact]
    public async Task Change_BelowTheStatutoryMinimum_IsRefusedNextToThePeriod()
    {
        User.As(Roles.Administrator);
        var input = RetentionPolicyInput.From(await PolicyAsync(ContributionRecordKind.KindKey));
        input.PeriodYears = 5;
        input.ChangeNote = "Korter";

        var result = await Use<RetentionPolicyService, Result>(s => s.ChangeAsync(input));

        Assert.False(result.Succeeded);
        Assert.Equal("De bewaartermijn mag niet korter zijn dan het wettelijk minimum van 7 jaar.", result.FieldErrors[nameof(RetentionPolicyInput.PeriodYears)]);
        Assert.Equal(1, (await PolicyAsync(ContributionRecordKind.KindKey)).Version);
    }

    [Fact]
    public async Task Change_DroppingOrLoweringTheFiscalDuty_IsRefused()
    {
        User.As(Roles.Administrator);
        var input = RetentionPolicyInput.From(await PolicyAsync(ContributionRecordKind.KindKey));
        input.ChangeNote = "Anders";
        input.Ground = RetentionGround.StrictlyNecessary;
        input.Motivation = "Wij vinden vijf jaar genoeg voor de administratie.";
        var dropped = await Use<RetentionPolicyService, Result>(s => s.ChangeAsync(input));
        Assert.Contains("art. 52", dropped.FieldErrors[nameof(RetentionPolicyInput.Ground)]);

        input.Ground = RetentionGround.Statutory;
        input.StatutoryMinimumMonths = 24;
        var lowered = await Use<RetentionPolicyService, Result>(s => s.ChangeAsync(input));
        Assert.Equal("Het wettelijk minimum is 7 jaar (art. 52 Algemene wet inzake rijksbelastingen (AWR)).", lowered.FieldErrors[nameof(RetentionPolicyInput.StatutoryMinimumMonths)]);
    }

    [Fact]
    public async Task Change_StrictlyNecessaryWithoutMotivation_OrWithAnUnfitTrigger_IsRefused()
    {
        User.As(Roles.Administrator);
        var input = RetentionPolicyInput.From(await PolicyAsync(CallNoteRecordKind.KindKey));
        input.Motivation = "kort";
        input.Trigger = RetentionTrigger.EndOfFinancialYear;
        input.Action = RetentionAction.Anonymise;
        input.ChangeNote = null;

        var result = await Use<RetentionPolicyService, Result>(s => s.ChangeAsync(input));

        Assert.Contains("strikt noodzakelijk", result.FieldErrors[nameof(RetentionPolicyInput.Motivation)]);
        Assert.Equal("Dit startmoment past niet bij deze soort gegevens.", result.FieldErrors[nameof(RetentionPolicyInput.Trigger)]);
        Assert.Equal("Deze actie is voor deze soort gegevens niet mogelijk.", result.FieldErrors[nameof(RetentionPolicyInput.Action)]);
        Assert.Equal("De reden van de wijziging is verplicht.", result.FieldErrors[nameof(RetentionPolicyInput.ChangeNote)]);
    }

    [Fact]
    public async Task Change_BasedOnAnOlderVersion_IsAConflict_NotAnOverwrite()
    {
        User.As(Roles.Administrator);
        var stale = RetentionPolicyInput.From(await PolicyAsync(HouseholdRecordKind.KindKey));
        var fresh = RetentionPolicyInput.From(await PolicyAsync(HouseholdRecordKind.KindKey));
        fresh.PeriodYears = 3;
        fresh.ChangeNote = "Eerste wijziging";
        stale.PeriodYears = 1;
        stale.ChangeNote = "Tweede wijziging";

        Assert.True((await Use<RetentionPolicyService, Result>(s => s.ChangeAsync(fresh))).Succeeded);
        var second = await Use<RetentionPolicyService, Result>(s => s.ChangeAsync(stale));

        Assert.Equal(ResultStatus.Conflict, second.Status);
        Assert.Equal(36, (await PolicyAsync(HouseholdRecordKind.KindKey)).PeriodMonths);
    }

    [Fact]
    public async Task DefaultPolicies_CoverEveryRegisteredKindAndTheAccessLog_WithTheirFirstVersion()
    {
        var policies = await Use<RetentionPolicyService, IReadOnlyList<RetentionPolicyView>>(s => s.ListAsync());
        string[] expected =
        [
            "access-log", "breach-member-data", "call-note", "complaint", "compliment", "consent", "contact-person", "contribution",
            "course-registration", "data-subject-request", "household", "housemate", "insurance-discount", "intake-handled", "intake-open", "referral", "subscription",

            // the demo organisation's records kept at a processor (registered with the demo data, as the portal does)
            "outside:website-forms", "outside:website-statistics",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), policies.Select(p => p.Policy.RecordKind).Order(StringComparer.Ordinal));
        Assert.All(policies, p => Assert.NotNull(p.Kind));
        await using var db = RawDb();
        Assert.Equal(policies.Count, await db.RetentionPolicyVersions.CountAsync(v => v.Version == 1));
    }
}
