using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Core.Requests.Reports;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Requests;

public static class RequestsServiceCollectionExtensions
{
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<RequestService>();
        services.AddScoped<AccessReportService>();
        services.AddScoped<FulfilmentService>();
        services.AddScoped<ErasureService>();
        services.AddScoped<RestrictionPolicy>();
        services.AddScoped<Common.IProcessingRestrictions>(sp => sp.GetRequiredService<RestrictionPolicy>());
        services.AddScoped<IRecipientSource, InsurerRecipientSource>();
        services.AddScoped<IRecipientSource, DisclosureRecipientSource>();
        services.AddScoped<IRecipientSource, ProcessorRecipientSource>();
        services.AddScoped<IAccessReportContributor, SharingAccessReportContributor>();
        services.AddRetentionHoldSource<OpenRequestHoldSource>();
        services.AddRetentionRecordKind<RequestRecordKind>();
        services.AddScoped<IAccessReportContributor, MembersAccessReportContributor>();
        return services;
    }
}
