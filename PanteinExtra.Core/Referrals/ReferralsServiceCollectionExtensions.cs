using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Referrals;

public static class ReferralsServiceCollectionExtensions
{
    public static IServiceCollection AddReferrals(this IServiceCollection services)
    {
        services.AddScoped<ServiceProviderService>();
        services.AddScoped<ReferralService>();
        services.AddRetentionRecordKind<ReferralRecordKind>();
        services.AddScoped<IConsentWithdrawalEffect, ReferralWithdrawalEffect>();
        services.AddScoped<IConsentRecipientSource, DisclosureRecipientSource>();

        return services;
    }
}
