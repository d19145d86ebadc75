using PanteinExtra.Core.Common;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>A signed-in employee for Core tests; switch roles with <see cref="As"/>.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public bool IsAuthenticated { get; set; } = true;

    public string UserId { get; set; } = "test-fg";

    public string DisplayName { get; set; } = "Test FG";

    public IReadOnlyCollection<string> Roles { get; set; } = [PanteinExtra.Core.Common.Roles.PrivacyOfficer];

    public TestCurrentUser As(string role, string? name = null)
    {
        IsAuthenticated = true;
        Roles = [role];
        UserId = $"test-{role.ToLowerInvariant()}";
        DisplayName = name ?? $"Test {PanteinExtra.Core.Common.Roles.DutchName(role)}";
        return this;
    }

    public TestCurrentUser Anonymous()
    {
        IsAuthenticated = false;
        Roles = [];
        return this;
    }
}
