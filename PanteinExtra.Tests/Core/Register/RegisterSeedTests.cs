using PanteinExtra.Core.Register;
using PanteinExtra.DemoData.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Register;

public sealed class RegisterSeedTests : CoreTestHost
{
    protected override bool SeedDemoData => true;

    [Fact]
    public async Task FreshDatabase_HoldsTheStatementsPurposes_AllMarkedForTheFgsReview()
    {
        await using var scope = Scope();
        var page = await Get<RegisterService>(scope).SearchAsync(new RegisterFilter(), 0, 100);

        var names = page.Items.Select(i => i.Name).ToList();
        foreach (var expected in new[]
                 {
                     "Ledenadministratie", "Bemiddeling naar dienstverleners", "Collectiviteitskorting zorgverzekering",
                     "Magazine en ledenpas", "Contributie en betalingen", "Klachten en complimenten", "Websitestatistieken",
                     "Websiteformulieren", "Nieuwsbrief en online magazine", "Ledenpanel", "Cursussen en bijeenkomsten",
                 })
        {
            Assert.Contains(expected, names);
        }

        Assert.All(page.Items, i => Assert.Equal(ActivityStatus.NeedsReview, i.Status));
        Assert.All(page.Items, i => Assert.NotNull(i.LegalBasis));
        Assert.Contains(page.Items, i => i.MissingItems.Count > 0);
        var details = await Get<RegisterDetailsService>(scope).GetDetailsAsync();
        Assert.Equal("Pantein Extra", details.Details.ControllerName);
        Assert.False(string.IsNullOrEmpty(details.Details.OfficerEmail));
    }

    [Fact]
    public async Task FreshDatabase_HasProcessorsWithAgreements_IncludingTheWarnings()
    {
        await using var scope = Scope();
        var processors = await Get<ProcessorService>(scope).ListAsync();

        Assert.Contains(processors, p => p.Name == RegisterDemoData.MailingHouse && p.Agreement.State == AgreementState.Valid);
        Assert.Single(processors, p => p.Agreement.State == AgreementState.Missing);
        Assert.Equal(2, processors.Count(p => p.Agreement.State == AgreementState.ExpiringSoon));
        Assert.All(processors, p => Assert.True(p.ActivityCount > 0, p.Name));

        var discount = (await Get<RegisterService>(scope).SearchAsync(new RegisterFilter { Text = "collectiviteit" }, 0, 1)).Items.Single();
        var view = await Get<RegisterService>(scope).GetAsync(discount.Id);
        Assert.Contains(view.Content.Recipients, r => r.StartsWith("Zorgverzekeraar"));
    }
}
