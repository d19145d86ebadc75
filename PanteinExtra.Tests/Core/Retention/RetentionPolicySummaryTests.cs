using PanteinExtra.Core.Retention;

namespace PanteinExtra.Tests.Core.Retention;

public sealed class RetentionPolicySummaryTests
{
    [Fact]
    public void Summary_OfAStatutoryPolicy_NamesPeriodTriggerActionAndLaw()
    {
        var policy = Policy(84, RetentionTrigger.EndOfFinancialYear, RetentionGround.Statutory, RetentionAction.Delete, "art. 52 AWR");

        Assert.Equal("7 jaar na einde boekjaar; daarna verwijderd (wettelijke bewaarplicht: art. 52 AWR)", policy.Summary);
    }

    [Fact]
    public void Summary_OfAStrictlyNecessaryPolicy_SaysItIsAnonymisedAfterwards()
    {
        var policy = Policy(18, RetentionTrigger.Closure, RetentionGround.StrictlyNecessary, RetentionAction.Anonymise, null);

        Assert.Equal("1 jaar en 6 maanden na afsluiting; daarna geanonimiseerd (strikt noodzakelijk)", policy.Summary);
    }

    private static RetentionPolicy Policy(int months, RetentionTrigger trigger, RetentionGround ground, RetentionAction action, string? law) => new()
    {
        RecordKind = "test",
        Name = "Test",
        PeriodMonths = months,
        Trigger = trigger,
        Ground = ground,
        Action = action,
        Law = law,
        UpdatedBy = "test",
    };
}
