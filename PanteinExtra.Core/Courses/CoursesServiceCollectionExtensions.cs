using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Requests.Reports;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Courses;

public static class CoursesServiceCollectionExtensions
{
    public static IServiceCollection AddCourses(this IServiceCollection services)
    {
        services.AddScoped<CourseCatalogueService>();
        services.AddScoped<CourseRegistrationService>();
        services.AddScoped<CourseAttendanceService>();
        services.AddRetentionRecordKind<CourseRegistrationRecordKind>();
        services.AddScoped<IAccessReportContributor, CoursesAccessReportContributor>();
        return services;
    }
}
