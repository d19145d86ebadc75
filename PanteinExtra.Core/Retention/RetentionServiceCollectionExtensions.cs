using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Core.Retention;

public static class RetentionServiceCollectionExtensions
{
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.TryAddSingleton(new RetentionOptions());
        services.AddRetentionRecordKind<ComplaintRecordKind>();
        services.AddRetentionRecordKind<ComplimentRecordKind>();
        services.AddRetentionRecordKind<CallNoteRecordKind>();
        services.AddRetentionRecordKind<ContactPersonRecordKind>();
        services.AddRetentionRecordKind<HousemateRecordKind>();
        services.AddRetentionRecordKind(EndDatedRecordKinds.InsuranceDiscount);
        services.AddRetentionRecordKind(EndDatedRecordKinds.Subscription);
        services.AddRetentionRecordKind<HouseholdRecordKind>();
        services.AddRetentionRecordKind<ContributionRecordKind>();
        services.AddRetentionPolicySubject<Auditing.Pruning.AccessLogRetention>();
        services.AddRetentionHoldSource<OpenComplaintHoldSource>();
        services.AddRetentionHoldSource<LegalHoldSource>();

        services.AddScoped<RetentionHolds>();
        services.AddScoped<RetentionPolicyService>();
        services.AddScoped<LegalHoldService>();
        services.AddScoped<RetentionPreviewService>();
        services.AddScoped<RetentionRunService>();
        services.AddScoped<RetentionRunExecutor>();
        services.AddScoped<RetentionReportService>();
        services.AddScoped<IRetentionBatchListener, RetentionProgressLogger>();
        services.AddSingleton<IReferenceDataSeeder, RetentionDefaultPolicies>();
        services.AddSingleton<RetentionDailyPreviewService>();
        services.AddSingleton<RetentionRunWorker>();
        return services;
    }

    /// <summary>Starts the daily preview and the run worker (the portal; tests and tools call the services directly).</summary>
    public static IServiceCollection AddRetentionBackgroundWork(this IServiceCollection services)
    {
        services.AddHostedService(sp => sp.GetRequiredService<RetentionDailyPreviewService>());
        services.AddHostedService(sp => sp.GetRequiredService<RetentionRunWorker>());
        return services;
    }

    /// <summary>Adds a kind of record to retention; its default policy is seeded on the next start.</summary>
    public static IServiceCollection AddRetentionRecordKind<T>(this IServiceCollection services)
        where T : class, IRetentionRecordKind
    {
        services.AddSingleton<T>();
        services.AddSingleton<IRetentionRecordKind>(sp => sp.GetRequiredService<T>());
        services.AddSingleton<IRetentionPolicySubject>(sp => sp.GetRequiredService<T>());
        return services;
    }

    /// <summary>Adds a kind of record given as an instance (a kind of a shared shape, such as <see cref="EndDatedRecordKind{TRecord}"/>).</summary>
    public static IServiceCollection AddRetentionRecordKind(this IServiceCollection services, IRetentionRecordKind kind)
    {
        services.AddSingleton(kind);
        services.AddSingleton<IRetentionPolicySubject>(kind);
        return services;
    }

    /// <summary>Adds what a policy governs but a run does not act on record by record (the access log prunes itself).</summary>
    public static IServiceCollection AddRetentionPolicySubject<T>(this IServiceCollection services)
        where T : class, IRetentionPolicySubject
    {
        services.AddSingleton<IRetentionPolicySubject, T>();
        return services;
    }

    /// <summary>Adds a subject given as an instance (records kept outside the portal, <see cref="RetentionOutsideThePortal"/>).</summary>
    public static IServiceCollection AddRetentionPolicySubject(this IServiceCollection services, IRetentionPolicySubject subject)
    {
        services.AddSingleton(subject);
        return services;
    }

    /// <summary>Adds a source of legal holds (e.g. open data-subject requests).</summary>
    public static IServiceCollection AddRetentionHoldSource<T>(this IServiceCollection services)
        where T : class, IRetentionHoldSource
    {
        services.AddSingleton<IRetentionHoldSource, T>();
        return services;
    }
}
