using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Sessions;

/// <summary>
/// The life of a staff session on the server: started at sign-in, confirmed on every request (and periodically in a
/// live circuit), touched by activity at most once per <see cref="StaffSessionOptions.ActivityWriteInterval"/>, ended by
/// sign-out, by the idle timeout, by the maximum duration or by the FG (<see cref="SessionOversightService"/>).
/// A cookie whose session has ended opens nothing, wherever it was copied to.
/// </summary>
public sealed class SessionService(
    IDbContextFactory<PortalDbContext> dbFactory,
    TimeProvider clock,
    StaffSessionOptions options,
    IServiceScopeFactory scopes)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Opens a session for an employee who just proved who they are (the sign-in decides that, so this takes the
    /// employee explicitly rather than from <see cref="ICurrentUser"/>). Returns the session id for the cookie.
    /// </summary>
    public async Task<Guid> StartAsync(string userId, string userName, string role, CancellationToken ct = default)
    {
        var session = StaffSession.Start(
            Truncate(userId, UserLimits.UserId), Truncate(userName, UserLimits.UserName), Truncate(role, SessionLimits.Role), Now);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>Whether the session may still be used, without counting this as activity (circuit revalidation).</summary>
    public Task<SessionCheck> CheckAsync(Guid sessionId, CancellationToken ct = default) => ConfirmAsync(sessionId, activity: false, ct);

    /// <summary>Whether the session may still be used; if so, the employee's activity is recorded (throttled).</summary>
    public Task<SessionCheck> RecordActivityAsync(Guid sessionId, CancellationToken ct = default) => ConfirmAsync(sessionId, activity: true, ct);

    /// <summary>The employee signed out: this session ends, wherever its cookie has been copied to.</summary>
    public async Task SignOutAsync(Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.StaffSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct) is { IsEnded: false } session)
        {
            session.End(SessionEndReason.SignedOut, Now);
            await TrySaveAsync(db, ct);
        }
    }

    /// <summary>What the sign-in page tells an employee whose session ended this way.</summary>
    public string EndMessage(SessionEndReason? reason) => reason switch
    {
        SessionEndReason.IdleTimeout =>
            $"U bent afgemeld na {Duration(options.IdleTimeout)} zonder activiteit. Meld u opnieuw aan.",
        SessionEndReason.MaximumDurationReached =>
            $"U bent afgemeld: een sessie duurt hoogstens {Duration(options.MaximumDuration)}. Meld u opnieuw aan.",
        SessionEndReason.EndedByPrivacyOfficer =>
            "Uw sessie is beëindigd door de functionaris gegevensbescherming. Meld u opnieuw aan.",
        SessionEndReason.SignedOut => "U bent afgemeld. Meld u opnieuw aan.",
        _ => "Uw sessie is niet meer geldig. Meld u opnieuw aan.",
    };

    private async Task<SessionCheck> ConfirmAsync(Guid sessionId, bool activity, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.StaffSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || session.IsEnded)
        {
            return SessionCheck.Ended(session?.EndReason);
        }

        var now = Now;
        if (session.ExpiryAt(now, options) is { } expiry)
        {
            session.End(expiry, now);
            if (await TrySaveAsync(db, ct))
            {
                await RecordExpiryAsync(session, expiry, ct);
            }

            return SessionCheck.Ended(expiry);
        }

        if (activity && session.RecordActivity(now, options.ActivityWriteInterval) && !await TrySaveAsync(db, ct))
        {
            // Ended in the meantime (sign-out elsewhere, the FG): this request is already too late.
            return SessionCheck.Ended(null);
        }

        return SessionCheck.Valid;
    }

    /// <summary>False when another request or instance ended the session first (the end time is a concurrency token).</summary>
    private static async Task<bool> TrySaveAsync(PortalDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>The expiry is an event of the employee whose session it was, recorded in a scope that acts as them.</summary>
    private async Task RecordExpiryAsync(StaffSession session, SessionEndReason reason, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new SessionOwner(session);
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(
            new AuditRecord(SessionEventTypes.Expired, AuditAction.SignOut)
            {
                TargetType = "Sessie",
                TargetId = session.Id.ToString(),
                Details = new Dictionary<string, object?> { ["reason"] = reason.ToString() },
            },
            ct);
    }

    private static string Duration(TimeSpan span) =>
        span.TotalMinutes % 60 == 0 && span.TotalHours >= 1
            ? $"{Dutch.Number((long)span.TotalHours)} uur"
            : Dutch.Count((long)span.TotalMinutes, "minuut", "minuten");

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    /// <summary>The employee a session belongs to, as the actor of its expiry.</summary>
    private sealed class SessionOwner(StaffSession session) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public string UserId => session.UserId;

        public string DisplayName => session.UserName;

        public IReadOnlyCollection<string> Roles => [session.Role];
    }
}
