using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

public static class MembersServiceCollectionExtensions
{
    /// <summary>The members desk: search, caller check, household view, serving the call, demo households.</summary>
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddScoped<CallContext>();
        services.AddScoped<HouseholdAccess>();
        services.AddScoped<MemberSearchService>();
        services.AddScoped<ServedHouseholdsService>();
        services.AddScoped<CallerCheckService>();
        services.AddScoped<HouseholdService>();
        services.AddScoped<MemberDeskService>();
        services.AddScoped<ProtectedHouseholdService>();
        services.TryAddSingleton(new MembershipOptions());
        services.AddScoped<NewMembershipService>();
        services.AddScoped<WelcomeLetterService>();
        return services;
    }
}
