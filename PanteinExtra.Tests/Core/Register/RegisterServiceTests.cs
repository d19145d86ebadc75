using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Register;

public sealed class RegisterServiceTests : CoreTestHost
{
    private async Task<Guid> CreateAsync(ActivityContent content)
    {
        await using var scope = Scope();
        var result = await Get<RegisterService>(scope).CreateAsync(content);
        Assert.True(result.Succeeded, string.Join("; ", result.FieldErrors.Values));
        return result.Value!.Id;
    }

    private async Task<Result<SavedActivity>> UpdateAsync(Guid id, int basedOn, ActivityContent content)
    {
        await using var scope = Scope();
        return await Get<RegisterService>(scope).UpdateAsync(id, basedOn, content);
    }

    [Fact]
    public async Task Create_StoresEveryItem_AsVersion1()
    {
        User.As(Roles.Administrator, "Anouk Bakker");
        var id = await CreateAsync(RegisterTestData.Complete());

        await using var scope = Scope();
        var view = await Get<RegisterService>(scope).GetAsync(id);
        Assert.Equal(1, view.Version);
        Assert.Equal(RegisterTestData.Complete().Normalised() with { ProcessorIds = [] }, view.Content with { ProcessorIds = [] }, new ContentComparer());
        Assert.Empty(view.MissingItems);
        await using var raw = RawDb();
        var version = await raw.ProcessingActivityVersions.SingleAsync(v => v.ActivityId == id);
        Assert.Equal(VersionChangeKind.Created, version.Kind);
        Assert.Equal("Anouk Bakker", version.ChangedByName);
        Assert.True(await raw.AuditEvents.AnyAsync(e => e.EventType == "ProcessingActivity:Create" && e.UserName == "Anouk Bakker"));
    }

    [Fact]
    public async Task Update_CreatesANewVersion_NamingOnlyTheChangedItems()
    {
        var id = await CreateAsync(RegisterTestData.Complete());
        Clock.Advance(TimeSpan.FromHours(1));
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");

        var result = await UpdateAsync(id, 1, RegisterTestData.Complete() with { Owner = "Klantcontact", Recipients = ["Zorgverzekeraar"] });

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Value!.Version);
        Assert.Equal("Opgeslagen als versie 2.", result.Message);
        await using var raw = RawDb();
        var latest = await raw.ProcessingActivityVersions.SingleAsync(v => v.ActivityId == id && v.Number == 2);
        Assert.Equal("Recipients,Owner", latest.ChangedFields);
        Assert.Equal("Mohammed el Amrani", latest.ChangedByName);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, latest.ChangedAtUtc);
    }

    [Fact]
    public async Task Update_WithoutChanges_AddsNoVersion()
    {
        var id = await CreateAsync(RegisterTestData.Complete());

        var result = await UpdateAsync(id, 1, RegisterTestData.Complete() with { Owner = "  Ledenservice " });

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Value!.Version);
        await using var raw = RawDb();
        Assert.Equal(1, await raw.ProcessingActivityVersions.CountAsync(v => v.ActivityId == id));
    }

    [Fact]
    public async Task Update_BasedOnAnOldVersion_IsRefusedInDutch_AndNothingIsWritten()
    {
        var id = await CreateAsync(RegisterTestData.Complete());
        User.As(Roles.Administrator, "Anouk Bakker");
        Assert.True((await UpdateAsync(id, 1, RegisterTestData.Complete() with { Owner = "Financiën" })).Succeeded);
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");

        var stale = await UpdateAsync(id, 1, RegisterTestData.Complete() with { Owner = "Communicatie" });

        Assert.Equal(ResultStatus.Conflict, stale.Status);
        Assert.Contains("intussen gewijzigd door Anouk Bakker op 02-03-2026 10:30", stale.Message);
        Assert.Contains("nu versie 2", stale.Message);
        await using var raw = RawDb();
        Assert.Equal("Financiën", (await raw.ProcessingActivities.SingleAsync(a => a.Id == id)).Owner);
        Assert.Equal(2, await raw.ProcessingActivityVersions.CountAsync(v => v.ActivityId == id));
    }

    [Fact]
    public async Task Update_ToCompleteWhileItemsMissing_IsRefused()
    {
        var id = await CreateAsync(RegisterTestData.Complete() with { Status = ActivityStatus.Draft, Source = null });

        var result = await UpdateAsync(id, 1, RegisterTestData.Complete() with { Source = null });

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Contains("bron van de gegevens", result.ErrorFor(nameof(ActivityContent.Status)));
        await using var raw = RawDb();
        Assert.Equal(ActivityStatus.Draft, (await raw.ProcessingActivities.SingleAsync()).Status);
    }

    [Fact]
    public async Task Update_ChangingProcessors_ReplacesTheLinks()
    {
        await using var setup = Scope();
        var processors = Get<ProcessorService>(setup);
        var a = (await processors.SaveAsync(null, new ProcessorInput { Name = "A", Services = "Druk", Country = "Nederland" }, Guid.Empty)).Value;
        var b = (await processors.SaveAsync(null, new ProcessorInput { Name = "B", Services = "Hosting", Country = "Nederland" }, Guid.Empty)).Value;
        var id = await CreateAsync(RegisterTestData.Complete(processors: a));

        Assert.True((await UpdateAsync(id, 1, RegisterTestData.Complete(processors: b))).Succeeded);

        await using var scope = Scope();
        var view = await Get<RegisterService>(scope).GetAsync(id);
        Assert.Equal(["B"], view.Processors.Select(p => p.Name));
        Assert.Equal("B", view.Display(RegisterField.Processors));
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    public async Task Write_ByTheCallCentre_IsRefusedAndAudited_ButReadingIsAllowed(string role)
    {
        var id = await CreateAsync(RegisterTestData.Complete());
        User.As(role);

        await using var scope = Scope();
        var service = Get<RegisterService>(scope);
        await Assert.ThrowsAsync<ForbiddenException>(() => service.CreateAsync(RegisterTestData.Complete("Nieuw")));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.UpdateAsync(id, 1, RegisterTestData.Complete() with { Owner = "X" }));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RegisterDetailsService>(scope).UpdateDetailsAsync(new RegisterDetailsInput { ControllerName = "X", OfficerName = "Y", OfficerEmail = "fg@x.nl" }, Guid.Empty));
        Assert.Equal(1, (await service.SearchAsync(new RegisterFilter(), 0, 10)).TotalCount);
        Assert.Equal("Ledenadministratie", (await service.GetAsync(id)).Content.Name);
        await using var raw = RawDb();
        Assert.Equal(3, await raw.AuditEvents.CountAsync(e => e.EventType == RegisterEventTypes.Edit && e.Outcome == AuditOutcome.Denied && e.UserRole == role));
    }

    [Fact]
    public async Task Read_WhenNotSignedIn_IsRefused()
    {
        User.Anonymous();
        await using var scope = Scope();
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RegisterService>(scope).SearchAsync(new RegisterFilter(), 0, 10));
    }

    [Fact]
    public async Task Search_FiltersOnStatusLegalBasisSpecialDataMissingItemsAndOverdueReview()
    {
        await CreateAsync(RegisterTestData.Complete("Volledig en op tijd"));
        await CreateAsync(RegisterTestData.Complete("Toestemming, concept") with { LegalBasis = LegalBasis.Consent, Status = ActivityStatus.Draft, Owner = null });
        await CreateAsync(RegisterTestData.Complete("Gezondheid") with
        {
            PersonalDataCategories = [new("Gezondheid", true)],
            SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent,
        });
        await CreateAsync(RegisterTestData.Complete("Herziening te laat") with
        {
            Status = ActivityStatus.NeedsReview,
            LastReviewedOn = new DateOnly(2025, 1, 1),
            NextReviewOn = new DateOnly(2026, 3, 1),
        });

        async Task<string[]> Names(RegisterFilter filter)
        {
            await using var scope = Scope();
            return (await Get<RegisterService>(scope).SearchAsync(filter, 0, 50)).Items.Select(i => i.Name).ToArray();
        }

        Assert.Equal(["Toestemming, concept"], await Names(new RegisterFilter { Status = ActivityStatus.Draft }));
        Assert.Equal(["Toestemming, concept"], await Names(new RegisterFilter { LegalBasis = LegalBasis.Consent }));
        Assert.Equal(["Gezondheid"], await Names(new RegisterFilter { SpecialData = true }));
        Assert.Equal(3, (await Names(new RegisterFilter { SpecialData = false })).Length);
        Assert.Equal(["Toestemming, concept"], await Names(new RegisterFilter { OnlyIncomplete = true }));
        Assert.Equal(["Toestemming, concept"], await Names(new RegisterFilter { MissingItem = RegisterField.Owner }));
        Assert.Empty(await Names(new RegisterFilter { MissingItem = RegisterField.Purposes }));
        Assert.Equal(["Herziening te laat"], await Names(new RegisterFilter { OnlyOverdueReview = true }));
        Assert.Equal(["Gezondheid"], await Names(new RegisterFilter { Text = "gezond" }));
    }

    [Fact]
    public async Task Search_PagesOnTheServer()
    {
        for (var i = 0; i < 12; i++)
        {
            await CreateAsync(RegisterTestData.Complete($"Verwerking {i:00}"));
        }

        await using var scope = Scope();
        var page = await Get<RegisterService>(scope).SearchAsync(new RegisterFilter(), 1, 5);

        Assert.Equal(12, page.TotalCount);
        Assert.Equal(["Verwerking 05", "Verwerking 06", "Verwerking 07", "Verwerking 08", "Verwerking 09"], page.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task UpdateDetails_KeepsControllerAndOfficerOnce_AndRefusesAStaleStamp()
    {
        await using var scope = Scope();
        var service = Get<RegisterDetailsService>(scope);
        var input = new RegisterDetailsInput { ControllerName = "Pantein Extra", OfficerName = "FG Pantein", OfficerEmail = "fg@example.nl" };
        Assert.True((await service.UpdateDetailsAsync(input, Guid.Empty)).Succeeded);
        var stored = await service.GetDetailsAsync();

        Assert.True((await service.UpdateDetailsAsync(input with { OfficerPhone = "0485 123456" }, stored.ConcurrencyStamp)).Succeeded);
        var stale = await service.UpdateDetailsAsync(input with { OfficerName = "Ander" }, stored.ConcurrencyStamp);

        Assert.Equal(ResultStatus.Conflict, stale.Status);
        Assert.Equal("0485 123456", (await service.GetDetailsAsync()).Details.OfficerPhone);
        await using var raw = RawDb();
        Assert.Equal(1, await raw.RegisterDetails.CountAsync());
    }

    [Fact]
    public async Task UpdateDetails_WithoutOfficerContact_SaysSoInDutch()
    {
        await using var scope = Scope();
        var result = await Get<RegisterDetailsService>(scope).UpdateDetailsAsync(new RegisterDetailsInput { ControllerName = "P", OfficerName = "F" }, Guid.Empty);

        Assert.Equal("Geef ten minste een e-mailadres of telefoonnummer van de FG.", result.ErrorFor(nameof(RegisterDetailsInput.OfficerEmail)));
    }

    /// <summary>Compares contents item by item (records with lists compare lists by reference).</summary>
    private sealed class ContentComparer : IEqualityComparer<ActivityContent>
    {
        public bool Equals(ActivityContent? x, ActivityContent? y) =>
            x is not null && y is not null && RegisterFields.Changed(x, id => id.ToString(), y, id => id.ToString()).Count == 0;

        public int GetHashCode(ActivityContent obj) => obj.Name.GetHashCode();
    }
}
