using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Data;

/// <summary>
/// The one model of the portal. Each engine has a subclass with its own migration set
/// (<see cref="SqlitePortalDbContext"/>, <see cref="PostgresPortalDbContext"/>); everything else uses this type.
/// Feature folders add their entities through <c>IEntityTypeConfiguration</c> classes next to them.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<InsuranceDiscount> InsuranceDiscounts => Set<InsuranceDiscount>();

    public DbSet<Contribution> Contributions => Set<Contribution>();

    public DbSet<Feedback> Feedback => Set<Feedback>();

    public DbSet<CallNote> CallNotes => Set<CallNote>();

    /// <summary>Interceptors every context carries, however it was built (services, tests, tools).</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(MembersSaveChangesInterceptor.Instance);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC on the way in and is marked UTC on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in the database and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
