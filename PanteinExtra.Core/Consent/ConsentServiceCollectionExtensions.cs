using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Consent;

public static class ConsentServiceCollectionExtensions
{
    public static IServiceCollection AddConsent(this IServiceCollection services)
    {
        services.AddScoped<ConsentService>();
        services.AddRetentionRecordKind<ConsentRecordKind>();
        services.AddScoped<ConsentPurposeService>();
        services.AddScoped<ConsentReceiptService>();
        services.TryAddSingleton(new ConsentReceiptIssuer());
        services.AddScoped<IConsentWithdrawalEffect, SubscriptionWithdrawalEffect>();
        services.AddScoped<Members.ISubscriptionConsent, SubscriptionConsentLink>();
        return services;
    }
}
