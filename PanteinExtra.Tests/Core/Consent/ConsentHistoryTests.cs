using PanteinExtra.Core.Consent;

namespace PanteinExtra.Tests.Core.Consent;

public sealed class ConsentHistoryTests
{
    private static readonly Guid Purpose = Guid.NewGuid();
    private static readonly DateTime T = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private static ConsentEvent Event(ConsentAction action, DateTime at, Guid? purpose = null, int sequence = 0) => new()
    {
        Id = Guid.CreateVersion7(),
        PersonId = Guid.Empty,
        PurposeId = purpose ?? Purpose,
        Action = action,
        OccurredAtUtc = at,
        Sequence = sequence == 0 ? (int)(at - T).TotalDays + 1 : sequence,
        RecordedByUserId = "u",
        RecordedByName = "U",
    };

    [Fact]
    public void StateOf_BeforeAnyEvent_IsUndecided()
    {
        var state = ConsentHistory.StateOf([Event(ConsentAction.Given, T)], Purpose, T.AddTicks(-1));

        Assert.Null(state.LastAction);
        Assert.False(state.IsGiven);
    }

    [Fact]
    public void StateOf_AtTheExactMomentOfAnEvent_IncludesIt()
    {
        Assert.True(ConsentHistory.StateOf([Event(ConsentAction.Given, T)], Purpose, T).IsGiven);
    }

    [Fact]
    public void StateOf_FollowsTheEventsInTimeOrder_WhateverTheirStoredOrder()
    {
        var events = new[] { Event(ConsentAction.Withdrawn, T.AddDays(2)), Event(ConsentAction.Given, T), Event(ConsentAction.Given, T.AddDays(5)) };

        Assert.True(ConsentHistory.StateOf(events, Purpose, T.AddDays(1)).IsGiven);
        Assert.Equal(ConsentAction.Withdrawn, ConsentHistory.StateOf(events, Purpose, T.AddDays(3)).LastAction);
        Assert.True(ConsentHistory.StateOf(events, Purpose, T.AddDays(6)).IsGiven);
    }

    [Fact]
    public void StateOf_TwoEventsInTheSameInstant_TheHigherSequenceWins()
    {
        var given = Event(ConsentAction.Given, T, sequence: 1);
        var withdrawn = Event(ConsentAction.Withdrawn, T, sequence: 2);

        Assert.False(ConsentHistory.StateOf([withdrawn, given], Purpose, T).IsGiven);
    }

    [Fact]
    public void StatesAt_KeepsPurposesApart()
    {
        var other = Guid.NewGuid();
        var states = ConsentHistory.StatesAt([Event(ConsentAction.Given, T), Event(ConsentAction.Withdrawn, T, other)], T);

        Assert.True(states[Purpose].IsGiven);
        Assert.False(states[other].IsGiven);
    }
}
