using Bunit;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Portal.Features.Requests;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Requests;

public sealed class RegisterRequestPageTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(RequestService), typeof(CallContext)];

    [Fact]
    public async Task Lookup_ByAnAgentWithoutACallerCheck_ShowsCoresRefusal_AndNoHousehold()
    {
        var home = await RequestTestHousehold.CreateAsync(Core);
        string memberNumber;
        await using (var db = Core.RawDb())
        {
            memberNumber = (await db.Households.SingleAsync(h => h.Id == home.HouseholdId)).MemberNumber;
        }

        SignInAs(Roles.CallCentre);
        var page = Context.Render<RegisterRequestPage>();

        page.Find("[data-testid=intake-member-number] input").Input(memberNumber);
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Zoeken").Click();

        page.WaitForAssertion(() => Assert.Contains(HouseholdAccessRules.RecordCallerFirst, page.Find("[data-testid=result-refused]").TextContent));
        Assert.DoesNotContain("Berg", page.Markup);
    }
}
