using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Intake;

public static class IntakeServiceCollectionExtensions
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddScoped<IntakeSubmissionService>();
        services.AddScoped<IntakeService>();
        services.AddRetentionRecordKind<OpenIntakeRecordKind>();
        services.AddRetentionRecordKind<HandledIntakeRecordKind>();
        return services;
    }
}
