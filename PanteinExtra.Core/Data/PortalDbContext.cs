using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Intake;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Sessions;

namespace PanteinExtra.Core.Data;

/// <summary>
/// The one model of the portal. Each engine has a subclass with its own migration set
/// (<see cref="SqlitePortalDbContext"/>, <see cref="PostgresPortalDbContext"/>); everything else uses this type.
/// Every entity has its DbSet here (one way to reach a table: <c>db.Households</c>); feature folders configure their
/// entities through <c>IEntityTypeConfiguration</c> classes next to them.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Auditing
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Auditing.Chain.AuditCheckpoint> AuditCheckpoints => Set<Auditing.Chain.AuditCheckpoint>();

    public DbSet<Auditing.Chain.AuditChainCheck> AuditChainChecks => Set<Auditing.Chain.AuditChainCheck>();

    public DbSet<Auditing.Pruning.AuditLogPrune> AuditLogPrunes => Set<Auditing.Pruning.AuditLogPrune>();

    // Log control
    public DbSet<LogControl.StaffDirectoryEntry> StaffDirectory => Set<LogControl.StaffDirectoryEntry>();

    public DbSet<LogControl.ControlFinding> ControlFindings => Set<LogControl.ControlFinding>();

    public DbSet<LogControl.ControlRun> ControlRuns => Set<LogControl.ControlRun>();

    public DbSet<LogControl.ControlReport> ControlReports => Set<LogControl.ControlReport>();

    public DbSet<LogControl.ControlReportFinding> ControlReportFindings => Set<LogControl.ControlReportFinding>();

    public DbSet<LogControl.ControlReportSample> ControlReportSamples => Set<LogControl.ControlReportSample>();

    // Members
    public DbSet<Household> Households => Set<Household>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<InsuranceDiscount> InsuranceDiscounts => Set<InsuranceDiscount>();

    public DbSet<Contribution> Contributions => Set<Contribution>();

    public DbSet<Feedback> Feedback => Set<Feedback>();

    public DbSet<CallNote> CallNotes => Set<CallNote>();

    public DbSet<Courses.Course> Courses => Set<Courses.Course>();

    public DbSet<Courses.CourseRegistration> CourseRegistrations => Set<Courses.CourseRegistration>();

    public DbSet<HouseholdSearchKey> HouseholdSearchKeys => Set<HouseholdSearchKey>();

    public DbSet<ProtectedHousehold> ProtectedHouseholds => Set<ProtectedHousehold>();

    // Register
    public DbSet<ProcessingActivity> ProcessingActivities => Set<ProcessingActivity>();

    public DbSet<ProcessingActivityVersion> ProcessingActivityVersions => Set<ProcessingActivityVersion>();

    public DbSet<ProcessingActivityProcessor> ProcessingActivityProcessors => Set<ProcessingActivityProcessor>();

    public DbSet<Processor> Processors => Set<Processor>();

    public DbSet<ProcessingAgreement> ProcessingAgreements => Set<ProcessingAgreement>();

    public DbSet<RegisterDetails> RegisterDetails => Set<RegisterDetails>();

    public DbSet<AuditAreaLink> AuditAreaLinks => Set<AuditAreaLink>();

    // Consent
    public DbSet<ConsentPurpose> ConsentPurposes => Set<ConsentPurpose>();

    public DbSet<ConsentPurposeVersion> ConsentPurposeVersions => Set<ConsentPurposeVersion>();

    public DbSet<ConsentEvent> ConsentEvents => Set<ConsentEvent>();

    // Referrals
    public DbSet<ServiceProvider> ServiceProviders => Set<ServiceProvider>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<Disclosure> Disclosures => Set<Disclosure>();

    // Retention
    public DbSet<RetentionPolicy> RetentionPolicies => Set<RetentionPolicy>();

    public DbSet<RetentionPolicyVersion> RetentionPolicyVersions => Set<RetentionPolicyVersion>();

    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();

    public DbSet<RetentionRunItem> RetentionRunItems => Set<RetentionRunItem>();

    public DbSet<RetentionRunPolicySummary> RetentionRunPolicySummaries => Set<RetentionRunPolicySummary>();

    public DbSet<RetentionTombstone> RetentionTombstones => Set<RetentionTombstone>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    // Requests
    public DbSet<DataSubjectRequest> DataSubjectRequests => Set<DataSubjectRequest>();

    public DbSet<RequestTimelineEntry> RequestTimelineEntries => Set<RequestTimelineEntry>();

    public DbSet<RequestLetter> RequestLetters => Set<RequestLetter>();

    public DbSet<NotificationTask> NotificationTasks => Set<NotificationTask>();

    public DbSet<ProcessingRestriction> ProcessingRestrictions => Set<ProcessingRestriction>();

    // Sessions
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();

    // Breaches
    public DbSet<Breach> Breaches => Set<Breach>();

    public DbSet<BreachVersion> BreachVersions => Set<BreachVersion>();

    public DbSet<BreachAffected> BreachAffected => Set<BreachAffected>();

    public DbSet<BreachMeasure> BreachMeasures => Set<BreachMeasure>();

    public DbSet<BreachLetter> BreachLetters => Set<BreachLetter>();

    // Intake (the website's forms)
    public DbSet<IntakeItem> IntakeItems => Set<IntakeItem>();

    /// <summary>
    /// Interceptors every context carries, however it was built (services, tests, tools): text is cleaned of
    /// characters no text may hold first, then the members' search keys are derived from it.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            var interceptors = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
            foreach (var audit in interceptors.OfType<AuditSaveChangesInterceptor>())
            {
                await audit.ConcurrencyConflictAsync(this, conflict);
            }

            throw;
        }
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(TextSanitisingSaveChangesInterceptor.Instance, MembersSaveChangesInterceptor.Instance);

    /// <summary>
    /// Each entity's <c>&lt;Entity&gt;Configuration</c> next to it, then what holds for all: the table is named after the
    /// DbSet, the key is <c>Id</c>, a GUID key is made by the client (so an audit row can name it before it is saved), and
    /// the stamp of an <see cref="IConcurrencyStamped"/> entity is its concurrency token.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IConcurrencyStamped).IsAssignableFrom(e.ClrType)))
        {
            entity.FindProperty(nameof(IConcurrencyStamped.ConcurrencyStamp))!.IsConcurrencyToken = true;
        }

        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IMutableKey>())
        {
            if (key.Properties is [{ ClrType: var type } property] && type == typeof(Guid))
            {
                property.ValueGenerated = ValueGenerated.Never;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC on the way in and is marked UTC on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in the database and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options)
{
    /// <summary>Every SQLite connection zeroes what it deletes (<see cref="SqliteSecureDeleteInterceptor"/>, ADR 074).</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);
        optionsBuilder.AddInterceptors(SqliteSecureDeleteInterceptor.Instance);
    }
}

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options)
{
    /// <summary>Facts of the model that hold for PostgreSQL only, so that its migrations and snapshot know them.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        HouseholdSearchKeyConfiguration.ConfigurePostgres(modelBuilder);
    }
}
