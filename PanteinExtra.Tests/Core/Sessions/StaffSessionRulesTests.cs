using PanteinExtra.Core.Sessions;

namespace PanteinExtra.Tests.Core.Sessions;

public sealed class StaffSessionRulesTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly StaffSessionOptions Options = new();

    private static StaffSession NewSession() => StaffSession.Start("demo-klantcontact-1", "Sanne de Jong", "CallCentre", Start);

    [Fact]
    public void Idle_ExactlyTheTimeout_IsStillValid_ASecondLonger_IsExpired()
    {
        var session = NewSession();

        Assert.Null(session.ExpiryAt(Start.AddMinutes(30), Options));
        Assert.Equal(SessionEndReason.IdleTimeout, session.ExpiryAt(Start.AddMinutes(30).AddSeconds(1), Options));
    }

    [Fact]
    public void Activity_KeepsTheSessionFromIdling_ButNotPastTheMaximumDuration()
    {
        var session = NewSession();
        for (var minutes = 20; minutes <= 480; minutes += 20)
        {
            Assert.Null(session.ExpiryAt(Start.AddMinutes(minutes), Options));
            Assert.True(session.RecordActivity(Start.AddMinutes(minutes), Options.ActivityWriteInterval));
        }

        Assert.Equal(SessionEndReason.MaximumDurationReached, session.ExpiryAt(Start.AddMinutes(481), Options));
    }

    [Fact]
    public void RecordActivity_WritesAtMostOncePerInterval()
    {
        var session = NewSession();

        Assert.False(session.RecordActivity(Start.AddSeconds(59), Options.ActivityWriteInterval));
        Assert.Equal(Start, session.LastActivityAtUtc);
        Assert.True(session.RecordActivity(Start.AddSeconds(60), Options.ActivityWriteInterval));
        Assert.False(session.RecordActivity(Start.AddSeconds(100), Options.ActivityWriteInterval));
        Assert.Equal(Start.AddSeconds(60), session.LastActivityAtUtc);
    }

    [Fact]
    public void AnEndedSession_IsNotRevivedByActivity_AndKeepsItsFirstReason()
    {
        var session = NewSession();
        session.End(SessionEndReason.SignedOut, Start.AddMinutes(5));

        session.End(SessionEndReason.EndedByPrivacyOfficer, Start.AddMinutes(6));

        Assert.False(session.RecordActivity(Start.AddMinutes(10), Options.ActivityWriteInterval));
        Assert.Equal((SessionEndReason.SignedOut, Start.AddMinutes(5)), (session.EndReason!.Value, session.EndedAtUtc!.Value));
    }
}
