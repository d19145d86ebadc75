using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Courses;
using PanteinExtra.DemoData.Courses;
using PanteinExtra.Tests.Core.Members;

namespace PanteinExtra.Tests.Core.Courses;

public sealed class CoursesDemoDataSeederTests : IAsyncLifetime
{
    private readonly MembersTestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Seeder_AddsEightCourses_OneFullWithAWaitingList_OneWithDietaryWishes_AndOnlyOnce()
    {
        await _host.AddAsync(Enumerable.Range(0, 20).Select(i => MemberBuilders.Household(lastName: $"Lid{i}")).ToArray());
        var seeder = new CoursesDemoDataSeeder(_host.Clock);

        await using (var db = _host.RawDb())
        {
            await seeder.SeedAsync(db, CancellationToken.None);
            await seeder.SeedAsync(db, CancellationToken.None);
        }

        await using var check = _host.RawDb();
        Assert.Equal(8, await check.Courses.CountAsync());
        Assert.True(await check.CourseRegistrations.AnyAsync(r => r.Status == RegistrationStatus.WaitingList));
        Assert.True(await check.CourseRegistrations.AnyAsync(r => r.DietaryWish != null));
        Assert.True(await check.CourseRegistrations.AnyAsync(r => r.Attendance != null));
        var perCourse = await check.CourseRegistrations.GroupBy(r => new { r.CourseId, r.PersonId }).CountAsync(g => g.Count() > 1);
        Assert.Equal(0, perCourse);
    }
}
