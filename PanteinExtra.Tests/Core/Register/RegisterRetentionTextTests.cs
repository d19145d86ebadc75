using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Register;

/// <summary>The register's retention text of an activity is the Summary of the policy linked to it: on the screen, in the export and on the print sheet.</summary>
public sealed class RegisterRetentionTextTests : CoreTestHost
{
    protected override bool SeedDemoData => true;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
    }

    private async Task<List<ActivityView>> ActivitiesAsync()
    {
        await using var scope = Scope();
        var register = Get<RegisterService>(scope);
        var page = await register.SearchAsync(new RegisterFilter(), 0, 100);
        var views = new List<ActivityView>();
        foreach (var item in page.Items)
        {
            views.Add(await register.GetAsync(item.Id));
        }

        return views;
    }

    private async Task<Dictionary<Guid, RetentionPolicy>> PoliciesAsync()
    {
        await using var db = RawDb();
        return await db.RetentionPolicies.AsNoTracking().ToDictionaryAsync(p => p.Id);
    }

    private async Task<XLWorkbook> ExportAsync()
    {
        await using var scope = Scope();
        var stream = new MemoryStream();
        await Get<RegisterExportService>(scope).ExportAsync(stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [Fact]
    public async Task DemoRegister_EveryActivityIsLinkedToItsPolicy_AndTheScreenShowsThatPolicysSummaryAndName()
    {
        var policies = await PoliciesAsync();
        var activities = await ActivitiesAsync();

        Assert.True(activities.Count >= 14);
        Assert.All(activities, a =>
        {
            Assert.True(a.Content.RetentionPolicyId is { } id && policies.ContainsKey(id), $"{a.Content.Name} has no policy");
            var policy = policies[a.Content.RetentionPolicyId!.Value];
            Assert.Equal(policy.Summary, a.Display(RegisterField.RetentionPeriod));
            Assert.Equal(policy.Name, a.Display(RegisterField.RetentionPolicyId));
            Assert.DoesNotContain(RegisterField.RetentionPeriod, a.MissingItems);
        });
        await using var db = RawDb();
        Assert.False(await db.ProcessingActivities.AnyAsync(a => a.RetentionPeriod != null), "no second retention text beside a linked policy");
    }

    [Fact]
    public async Task DemoRegister_CallNotesSayWhatTheirPolicySays_AndDiscountRegistrationsCiteNoFiscalDuty()
    {
        var activities = (await ActivitiesAsync()).ToDictionary(a => a.Content.Name);
        await using var db = RawDb();
        var callNotes = await db.RetentionPolicies.AsNoTracking().SingleAsync(p => p.RecordKind == CallNoteRecordKind.KindKey);
        var discounts = await db.RetentionPolicies.AsNoTracking().SingleAsync(p => p.RecordKind == EndDatedRecordKinds.InsuranceDiscount.Key);

        Assert.Equal(callNotes.Summary, activities["Klantcontact en vragen"].Display(RegisterField.RetentionPeriod));
        var discount = activities["Collectiviteitskorting zorgverzekering"].Display(RegisterField.RetentionPeriod);
        Assert.Equal(discounts.Summary, discount);
        Assert.DoesNotContain("AWR", discount);
        Assert.DoesNotContain("art. 52", discount);
        Assert.Null(discounts.Law);
    }

    [Fact]
    public async Task Export_RegisterAndPrintSheet_ShowTheLinkedPolicysSummary_AlsoAfterThePolicyChanged()
    {
        await using (var db = RawDb())
        {
            var household = await db.RetentionPolicies.SingleAsync(p => p.RecordKind == HouseholdRecordKind.KindKey);
            household.PeriodMonths = 36;
            await db.SaveChangesAsync();
        }

        var policies = await PoliciesAsync();
        var expected = (await ActivitiesAsync()).ToDictionary(a => a.Content.Name, a => policies[a.Content.RetentionPolicyId!.Value].Summary);
        Assert.Equal("3 jaar na einde lidmaatschap; daarna geanonimiseerd (strikt noodzakelijk)", expected["Ledenadministratie"]);

        using var workbook = await ExportAsync();
        var sheet = workbook.Worksheet(RegisterSheetLayout.RegisterSheet);
        int Col(string header) => RegisterSheetLayout.Columns.ToList().FindIndex(c => c.Header == header) + 1;
        var exported = Enumerable.Range(2, sheet.LastRowUsed().RowNumber() - 1)
            .ToDictionary(r => sheet.Cell(r, Col("Naam")).GetString(), r => sheet.Cell(r, Col("Bewaartermijn")).GetString());
        Assert.Equal(expected.OrderBy(e => e.Key), exported.OrderBy(e => e.Key));

        var print = workbook.Worksheet(RegisterSheetLayout.PrintSheet);
        var printed = print.RowsUsed().Where(r => r.Cell(1).GetString() == RegisterField.RetentionPeriod.CapitalisedLabel()).Select(r => r.Cell(2).GetString()).ToList();
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value), printed);
    }

    [Fact]
    public async Task SavingAnActivityWithALinkedPolicy_KeepsNoOwnRetentionText_AndShowsThePolicysSummary()
    {
        var policies = await PoliciesAsync();
        var complaints = policies.Values.Single(p => p.RecordKind == ComplaintRecordKind.KindKey);
        await using var scope = Scope();
        var register = Get<RegisterService>(scope);

        var saved = await register.CreateAsync(RegisterTestData.Complete("Klachtenregistratie") with { RetentionPeriod = "1 jaar", RetentionPolicyId = complaints.Id });

        Assert.True(saved.Succeeded, saved.Message);
        await using var db = RawDb();
        Assert.Null((await db.ProcessingActivities.AsNoTracking().SingleAsync(a => a.Id == saved.Value!.Id)).RetentionPeriod);
        var view = await register.GetAsync(saved.Value!.Id);
        Assert.Equal("2 jaar na afsluiting; daarna geanonimiseerd (strikt noodzakelijk)", view.Display(RegisterField.RetentionPeriod));
    }
}
