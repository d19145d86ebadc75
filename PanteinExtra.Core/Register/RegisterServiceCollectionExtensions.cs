using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Referrals;

namespace PanteinExtra.Core.Register;

public static class RegisterServiceCollectionExtensions
{
    public static IServiceCollection AddRegister(this IServiceCollection services)
    {
        services.AddScoped<RegisterService>();
        services.AddScoped<AuditAreaLinkService>();
        services.AddScoped<RegisterHistoryService>();
        services.AddScoped<RegisterDetailsService>();
        services.AddScoped<ProcessorService>();
        services.AddScoped<IProcessingAgreementStatus, RegisterProcessingAgreementStatus>();
        services.AddScoped<RegisterExportService>();
        services.AddScoped<RegisterImportService>();
        return services;
    }
}
