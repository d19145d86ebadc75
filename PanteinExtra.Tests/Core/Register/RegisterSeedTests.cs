using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task FreshDatabase_CoverNamesNoJointControllerAndNoRepresentative_AsGeen()
    {
        await using var scope = Scope();
        var details = (await Get<RegisterDetailsService>(scope).GetDetailsAsync()).Details;

        Assert.Equal("geen", details.JointControllers);
        Assert.Equal("geen", details.Representative);
    }

    [Fact]
    public async Task FreshDatabase_SecurityMeasures_ClaimOnlyWhatThePortalAndItsDeploymentGuideDo()
    {
        await using var scope = Scope();
        var register = Get<RegisterService>(scope);
        var page = await register.SearchAsync(new RegisterFilter(), 0, 100);

        foreach (var item in page.Items)
        {
            var measures = (await register.GetAsync(item.Id)).Content.SecurityMeasures;
            // The embedded database is a plain file and the portal encrypts nothing at rest itself: no such claim.
            Assert.DoesNotContain(measures, m => m.Contains("versleutelde opslag", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(measures, m => m.StartsWith("De database en haar back-ups staan op een versleuteld volume") && m.Contains("installatiehandleiding"));
        }

        var guide = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "deployment.md"));
        Assert.Contains("keep PostgreSQL's data directory and its backups on an encrypted volume", guide);
    }

    [Fact]
    public async Task FreshDatabase_TheNewsletterConsentIsLinkedToTheRegistersNewsletterActivity_WithItsUsProcessor()
    {
        await using var db = RawDb();
        var newsletter = db.ConsentPurposes.Single(p => p.Kind == PanteinExtra.Core.Consent.ConsentPurposeKind.Newsletter);
        var activity = db.ProcessingActivities.Include(a => a.Processors).Single(a => a.Id == newsletter.ActivityId);

        Assert.Equal(RegisterDemoData.NewsletterActivity, activity.Name);
        var processor = db.Processors.Single(p => p.Id == activity.Processors.Single().ProcessorId);
        Assert.Equal((RegisterDemoData.NewsletterService, "Verenigde Staten"), (processor.Name, processor.Country));
        Assert.Equal("Verenigde Staten", activity.TransferCountries);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PanteinExtra.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PanteinExtra.sln not found above the test folder.");
    }
}
