using PanteinExtra.Core.Common;

namespace PanteinExtra.Tests.Core.Common;

public sealed class RolesTests
{
    [Theory]
    [InlineData(Roles.CallCentre, "Klantcontact")]
    [InlineData(Roles.Administrator, "Beheerder")]
    [InlineData(Roles.PrivacyOfficer, "Functionaris Gegevensbescherming")]
    [InlineData(SystemUser.Role, "automatische taak")]
    public void EveryRoleInTheAccessLog_HasADutchName(string role, string dutch) => Assert.Equal(dutch, Roles.DutchName(role));
}
