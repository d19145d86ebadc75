using PanteinExtra.Core.Common;
using PanteinExtra.Portal.Auth;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>The demo employee ids per role, as the development sign-in offers them.</summary>
public static class DemoEmployees
{
    public static string For(string role) => DemoStaff.All.First(e => e.Role == role).Id;

    public static TheoryData<string> AllRoles => new(Roles.All);
}
