using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Auditing;

public static class AuditingServiceCollectionExtensions
{
    public static IServiceCollection AddAuditing(this IServiceCollection services)
    {
        services.AddScoped<AuditContext>();
        services.AddScoped<AuditEventFactory>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditSaveChangesInterceptor>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<AccessGuard>();
        return services;
    }
}
