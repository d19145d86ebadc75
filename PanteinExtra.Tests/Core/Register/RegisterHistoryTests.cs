using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Register;

public sealed class RegisterHistoryTests : CoreTestHost
{
    private async Task<Guid> ActivityWithThreeVersionsAsync()
    {
        await using var scope = Scope();
        var service = Get<RegisterService>(scope);
        User.As(Roles.Administrator, "Anouk Bakker");
        var id = (await service.CreateAsync(RegisterTestData.Complete())).Value!.Id;
        Clock.Advance(TimeSpan.FromDays(1));
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await service.UpdateAsync(id, 1, RegisterTestData.Complete() with { Purposes = ["Administratie", "Contact"] });
        Clock.Advance(TimeSpan.FromDays(1));
        await service.UpdateAsync(id, 2, RegisterTestData.Complete() with { Purposes = ["Administratie", "Contact"], Status = ActivityStatus.NeedsReview });
        return id;
    }

    [Fact]
    public async Task ListVersions_ShowsWhoChangedWhatAndWhen_NewestFirst()
    {
        var id = await ActivityWithThreeVersionsAsync();

        await using var scope = Scope();
        var versions = await Get<RegisterHistoryService>(scope).ListVersionsAsync(id);

        Assert.Equal([3, 2, 1], versions.Select(v => v.Number));
        Assert.Equal([RegisterField.Status], versions[0].ChangedFields);
        Assert.Equal([RegisterField.Purposes], versions[1].ChangedFields);
        Assert.Equal("Mohammed el Amrani", versions[1].ChangedByName);
        Assert.Equal("Anouk Bakker", versions[2].ChangedByName);
        Assert.Equal(VersionChangeKind.Created, versions[2].Kind);
        Assert.Equal(RegisterFields.All.Count, versions[2].ChangedFields.Count);
        Assert.True(versions[0].ChangedAtUtc > versions[1].ChangedAtUtc);
    }

    [Fact]
    public async Task Compare_ShowsEveryItemSideBySide_MarkingTheDifferences()
    {
        var id = await ActivityWithThreeVersionsAsync();

        await using var scope = Scope();
        var comparison = await Get<RegisterHistoryService>(scope).CompareAsync(id, 1, 3);

        Assert.Equal(RegisterFields.All.Count, comparison.Rows.Count);
        Assert.Equal([RegisterField.Purposes, RegisterField.Status], comparison.Rows.Where(r => r.Changed).Select(r => r.Field));
        var purposes = comparison.Rows.Single(r => r.Field == RegisterField.Purposes);
        Assert.Equal("Een juiste administratie voeren", purposes.Left);
        Assert.Equal("Administratie\nContact", purposes.Right);
        var status = comparison.Rows.Single(r => r.Field == RegisterField.Status);
        Assert.Equal(("Volledig", "Herziening nodig"), (status.Left, status.Right));
    }

    [Fact]
    public async Task OldVersion_KeepsItsContent_AfterLaterEdits()
    {
        var id = await ActivityWithThreeVersionsAsync();

        await using var scope = Scope();
        var first = await Get<RegisterHistoryService>(scope).GetVersionAsync(id, 1);

        Assert.Equal(["Een juiste administratie voeren"], first.Content.Purposes);
        Assert.Equal(ActivityStatus.Complete, first.Content.Status);
    }

    [Fact]
    public async Task Versions_AreAppendOnly_InTheDatabase()
    {
        var id = await ActivityWithThreeVersionsAsync();

        await using var raw = RawDb();
        var update = await Assert.ThrowsAnyAsync<Exception>(() => raw.Database.ExecuteSqlRawAsync(
            "UPDATE \"ProcessingActivityVersions\" SET \"ChangedByName\" = 'x'"));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => raw.Database.ExecuteSqlRawAsync("DELETE FROM \"ProcessingActivityVersions\""));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
    }
}
