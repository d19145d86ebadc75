using PanteinExtra.Core.Breaches;

namespace PanteinExtra.Tests.Core.Breaches;

public sealed class BreachStateMachineTests
{
    private static readonly HashSet<(BreachStatus, BreachStatus)> Legal =
    [
        (BreachStatus.Reported, BreachStatus.Assessing),
        (BreachStatus.Assessing, BreachStatus.Notified),
        (BreachStatus.Assessing, BreachStatus.NotNotified),
        (BreachStatus.NotNotified, BreachStatus.Notified),
        (BreachStatus.NotNotified, BreachStatus.Closed),
        (BreachStatus.Notified, BreachStatus.Withdrawn),
        (BreachStatus.Notified, BreachStatus.Closed),
        (BreachStatus.Withdrawn, BreachStatus.Closed),
    ];

    public static TheoryData<BreachStatus, BreachStatus> AllPairs()
    {
        var data = new TheoryData<BreachStatus, BreachStatus>();
        foreach (var from in Enum.GetValues<BreachStatus>())
        {
            foreach (var to in Enum.GetValues<BreachStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void EveryMove_IsAllowedOnlyWhenListed_AndEveryIllegalMoveIsRefusedWithADutchReason(BreachStatus from, BreachStatus to)
    {
        var refusal = BreachStateMachine.Refusal(from, to);

        if (Legal.Contains((from, to)))
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.NotNull(refusal);
            Assert.StartsWith("Een datalek met status", refusal);
        }
    }

    [Fact]
    public void Entity_RefusesToNotifyOrCloseABreachThatWasNotAssessed()
    {
        var breach = Breach.Report(1, "u", "U", DateTime.UtcNow, DateTime.UtcNow, "brief verkeerd bezorgd", null);

        Assert.NotNull(breach.RecordNotification("AP-1", DateTime.UtcNow, null, null, DateTime.UtcNow));
        Assert.NotNull(breach.DecideNotToNotify("geen risico", DateTime.UtcNow));
        Assert.NotNull(breach.Close(1, DateTime.UtcNow));
        Assert.NotNull(breach.Withdraw("vergissing", DateTime.UtcNow));
        Assert.NotNull(breach.Supplement(DateTime.UtcNow));
        Assert.Equal(BreachStatus.Reported, breach.Status);
    }

    [Fact]
    public void Close_NeedsRecordedMeasuresAndTheMemberDecision()
    {
        var now = DateTime.UtcNow;
        var breach = Breach.Report(1, "u", "U", now, now, "brief verkeerd bezorgd", null);
        breach.UpdateFile(new BreachFileInput(), now);
        Assert.Null(breach.DecideNotToNotify("Eén lid, bekende ontvanger, brief teruggekregen.", now));

        Assert.Equal("Leg eerst de genomen maatregelen vast (met eigenaar en datum).", breach.Close(0, now));
        Assert.StartsWith("Leg eerst vast of en hoe", breach.Close(1, now));
        breach.DecideMemberInformation(MemberInformation.NoHighRisk, "Laag risico.", null, null, now);
        Assert.Null(breach.Close(1, now));
        Assert.Equal(BreachStatus.Closed, breach.Status);
        Assert.NotNull(breach.UpdateFile(new BreachFileInput(), now));
    }
}
