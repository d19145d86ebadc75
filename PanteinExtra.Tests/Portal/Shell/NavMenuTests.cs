using Bunit;
using PanteinExtra.Core.Common;
using PanteinExtra.Portal.Components.Layout;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Shell;

public sealed class NavMenuTests : PortalComponentTest
{
    [Fact]
    public void NavMenu_ShowsEachEntryOnlyToTheRolesItNames()
    {
        foreach (var role in Roles.All)
        {
            SignInAs(role);
            var menu = Context.Render<NavMenu>();
            foreach (var item in NavItems.All)
            {
                var shown = menu.FindAll("a").Any(a => a.GetAttribute("href") == item.Href);
                Assert.Equal(item.Roles.Contains(role), shown);
            }

            Assert.Contains("Start", menu.Markup);
        }
    }

    [Fact]
    public void NavMenu_ForTheFg_OffersTheAccessLog()
    {
        SignInAs(Roles.PrivacyOfficer);
        var menu = Context.Render<NavMenu>();
        Assert.Contains(menu.FindAll("a"), a => a.GetAttribute("href") == "/toegangslog");
    }
}
