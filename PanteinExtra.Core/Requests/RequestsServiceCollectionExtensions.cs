using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Requests.Reports;

namespace PanteinExtra.Core.Requests;

public static class RequestsServiceCollectionExtensions
{
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<RequestService>();
        services.AddScoped<AccessReportService>();
        services.AddScoped<IAccessReportContributor, MembersAccessReportContributor>();
        return services;
    }
}
