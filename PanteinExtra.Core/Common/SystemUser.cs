namespace PanteinExtra.Core.Common;

/// <summary>The actor of work no employee started in person: first-run seeding, scheduled jobs.</summary>
public sealed class SystemUser(string displayName = "Systeem") : ICurrentUser
{
    /// <summary>The role the audit log records for such work; staff read it as "automatische taak".</summary>
    public const string Role = "System";

    public bool IsAuthenticated => true;

    public string UserId => "systeem";

    public string DisplayName { get; } = displayName;

    public IReadOnlyCollection<string> Roles { get; } = [Role];
}

/// <summary>
/// Lets background work in its own DI scope act as <see cref="SystemUser"/>: set <see cref="Actor"/> before
/// resolving anything that depends on <see cref="ICurrentUser"/>.
/// </summary>
public sealed class ActorScope
{
    public ICurrentUser? Actor { get; set; }
}
