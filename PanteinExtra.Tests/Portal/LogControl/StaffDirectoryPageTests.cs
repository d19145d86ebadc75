using Bunit;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Portal.Features.LogControl;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.LogControl;

public sealed class StaffDirectoryPageTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(StaffDirectoryService)];

    [Fact]
    public void Fg_SeesEachEmployeesConfirmationDate()
    {
        SignInAs(Roles.PrivacyOfficer);

        var cut = Context.Render<StaffDirectoryPage>();

        cut.WaitForAssertion(() => Assert.Contains(Dutch.Date(DutchTime.Today(Core.Clock)), cut.Find("[data-testid=staff-confirmed-test-callcentre]").TextContent));
        Assert.Contains("actueel", cut.Find("[data-testid=staff-confirmed-test-callcentre]").TextContent);
    }

    [Fact]
    public async Task Fg_EditsAnEmployee_BadPostcodeGetsTheDutchMessage_ThenSaves()
    {
        SignInAs(Roles.PrivacyOfficer);
        var cut = Context.Render<StaffDirectoryPage>();
        cut.WaitForElement("[data-testid=edit-staff-test-callcentre]").Click();

        cut.Find("input[data-testid=field-surname], [data-testid=field-surname] input").Input("Bakker");
        cut.Find("input[data-testid=field-postcode], [data-testid=field-postcode] input").Input("59");
        cut.WaitForAssertion(() => Assert.Contains("Vul een geldige postcode in: vier cijfers en twee letters, bijv. 6511 AB.", cut.Find("[data-testid=staff-form]").TextContent));
        cut.Find("input[data-testid=field-postcode], [data-testid=field-postcode] input").Input("5911 aa");
        cut.Find("input[data-testid=field-house-number], [data-testid=field-house-number] input").Input("4");
        cut.Find("[data-testid=save-staff]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=staff-form]")));
        await using var db = Core.RawDb();
        var entry = await db.StaffDirectory.SingleAsync(s => s.UserId == "test-callcentre");
        Assert.Equal(("Bakker", "5911AA", (int?)4), (entry.Surname, entry.Postcode, entry.HouseNumber));
    }
}
