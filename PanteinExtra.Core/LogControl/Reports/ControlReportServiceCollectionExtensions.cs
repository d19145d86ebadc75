using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PanteinExtra.Core.LogControl;

public static class ControlReportServiceCollectionExtensions
{
    /// <summary>The findings' review and the monthly control report.</summary>
    public static IServiceCollection AddControlReports(this IServiceCollection services)
    {
        services.TryAddSingleton(new ControlReportOptions());
        services.AddScoped<FindingReviewService>();
        services.AddScoped<ControlReportService>();
        services.AddScoped<ControlReportExportService>();
        return services;
    }
}
