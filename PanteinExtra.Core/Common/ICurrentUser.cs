namespace PanteinExtra.Core.Common;

/// <summary>The signed-in employee, as Core sees them. The Portal supplies it from the authentication state.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    string UserId { get; }

    string DisplayName { get; }

    IReadOnlyCollection<string> Roles { get; }

    bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>The role recorded in audit events: the first of the user's known roles.</summary>
    string PrimaryRole => Roles.FirstOrDefault(Common.Roles.IsKnown) ?? Roles.FirstOrDefault() ?? "";
}
