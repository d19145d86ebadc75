using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests.Reports;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Tests.Core.Requests.Reports;

/// <summary>The access report says what the register and the retention policies say, per kind of data and per processing.</summary>
public sealed class AccessReportRegisterTests : AccessReportTestSetup
{
    [Fact]
    public async Task Section_TakesPurposeBasisAndSourceFromTheLinkedActivity_AndRetentionFromThePolicy()
    {
        var report = await ReportAsync();

        var membership = report.Sections.Single(s => s.Title == "Uw lidmaatschap, adres en contactgegevens");
        Assert.Equal("Een juiste administratie voeren", membership.Purpose);
        Assert.Equal("Uitvoering van een overeenkomst (artikel 6, lid 1, onder b AVG)", membership.LegalBasis);
        Assert.Equal("Het lid zelf", membership.Source);
        await using var db = RawDb();
        var policy = await db.RetentionPolicies.AsNoTracking().SingleAsync(p => p.RecordKind == HouseholdRecordKind.KindKey);
        Assert.Equal(policy.Summary, membership.Retention);
    }

    [Fact]
    public async Task Processing_ListsEachActivityWithTheMembersData_ItsProcessorsAndThatNothingLeavesTheEea()
    {
        var report = await ReportAsync();

        var members = report.Processing.Single(p => p.Name == Members);
        var processor = Assert.Single(members.Processors);
        Assert.Equal("Ledenbeheer Online B.V.", processor.Name);
        Assert.Equal("Nederland", processor.Country);
        Assert.Equal("Nee, de gegevens blijven binnen de Europese Economische Ruimte.", members.Transfers);
        Assert.Contains(report.Processing, p => p.Name == Magazine);
        Assert.DoesNotContain(report.Processing, p => p.Name == Statistics);
        Assert.Contains(report.OtherActivities, a => a.Name == Statistics && a.Purposes == "De website verbeteren");
    }

    [Fact]
    public async Task NewsletterOnConsent_IsLeftOutForAMemberWhoNeverDecidedOnIt_AndWithConsentItsUsTransferIsStated()
    {
        var before = await ReportAsync();
        Assert.DoesNotContain(before.Processing, p => p.Name == Newsletter);
        var subscriptions = before.Sections.Single(s => s.Title.StartsWith("Abonnementen", StringComparison.Ordinal));
        Assert.Equal("Uitvoering van een overeenkomst (artikel 6, lid 1, onder b AVG)", subscriptions.LegalBasis);

        await GiveNewsletterConsentAsync();
        var after = await ReportAsync();

        var newsletter = after.Processing.Single(p => p.Name == Newsletter);
        Assert.Equal("Toestemming (artikel 6, lid 1, onder a AVG)", newsletter.LegalBasis);
        Assert.Equal(UsProcessor, Assert.Single(newsletter.Processors).Name);
        Assert.Equal("Ja, naar Verenigde Staten. Waarborg: Standaardcontractbepalingen (SCC's) van de Europese Commissie.", newsletter.Transfers);
        subscriptions = after.Sections.Single(s => s.Title.StartsWith("Abonnementen", StringComparison.Ordinal));
        Assert.Contains($"{Magazine}: Uitvoering van een overeenkomst", subscriptions.LegalBasis);
        Assert.Contains($"{Newsletter}: Toestemming", subscriptions.LegalBasis);
    }

    [Fact]
    public async Task AKindWithoutAnActivityInTheRegister_SaysNotRecorded_AndTellsTheFgWhatIsMissing()
    {
        await using (var db = RawDb())
        {
            db.Add(new CallNote { HouseholdId = Home.Household.Id, CreatedAtUtc = Clock.GetUtcNow().UtcDateTime, AuthorUserId = "u1", AuthorName = "Sanne", Text = "Belde over de ledenpas." });
            await db.SaveChangesAsync();
        }

        var report = await ReportAsync();

        var notes = report.Sections.Single(s => s.Title == "Gespreksnotities");
        Assert.Equal(AccessReportRegister.NotRecorded, notes.Purpose);
        Assert.Contains(report.RegisterGaps, g => g.StartsWith("Gespreksnotities:", StringComparison.Ordinal));
        Assert.DoesNotContain(report.RegisterGaps, g => g.StartsWith("Uw lidmaatschap", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KindsWithoutData_AreNamedInOneSentence_WithoutPurposeOrGaps()
    {
        var report = await ReportAsync();

        Assert.DoesNotContain(report.SectionsWithData, s => s.Title == "Klachten");
        Assert.Contains("klachten", report.KindsWithoutData);
        Assert.Contains("gespreksnotities", report.KindsWithoutData);
        Assert.DoesNotContain(report.RegisterGaps, g => g.StartsWith("Gespreksnotities", StringComparison.Ordinal));
        Assert.Equal("a, b en c", Dutch.Enumerate(["a", "b", "c"]));
    }
}
