using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;
using PanteinExtra.DemoData.Breaches;
using PanteinExtra.DemoData.Consent;
using PanteinExtra.DemoData.Courses;
using PanteinExtra.DemoData.Intake;
using PanteinExtra.DemoData.LogControl;
using PanteinExtra.DemoData.Members;
using PanteinExtra.DemoData.Referrals;
using PanteinExtra.DemoData.Register;
using PanteinExtra.DemoData.Requests;

namespace PanteinExtra.DemoData;

public static class DemoDataServiceCollectionExtensions
{
    /// <summary>The first-run demo data of every feature; <c>DatabaseInitializer</c> runs it when demo data is switched on.</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddScoped<IDemoDataSeeder, MembersDemoDataSeeder>();

        // The demo organisation's records outside the portal: their policies are seeded with the others, for the register to link to.
        services.AddRetentionPolicySubject(RegisterDemoData.WebsiteStatistics);
        services.AddRetentionPolicySubject(RegisterDemoData.WebsiteForms);
        services.AddScoped<IDemoDataSeeder, RegisterDemoDataSeeder>();
        services.AddScoped<IDemoDataSeeder, ConsentDemoDataSeeder>();
        services.AddScoped<IDemoDataSeeder, ReferralsDemoDataSeeder>();
        services.AddScoped<IDemoDataSeeder, CoursesDemoDataSeeder>();
        services.AddScoped<IDemoDataSeeder, RequestsDemoDataSeeder>();
        services.AddScoped<IDemoDataSeeder, BreachesDemoDataSeeder>();
        services.AddScoped<IDemoDataSeeder, StaffDirectoryDemoDataSeeder>();
        services.AddScoped<IDemoDataSeeder, LogControlDemoDataSeeder>();
        services.AddScoped<IDemoDataSeeder, IntakeDemoDataSeeder>();
        return services;
    }
}
