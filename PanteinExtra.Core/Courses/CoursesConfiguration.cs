using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Courses;

public sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.Property(c => c.Title).HasMaxLength(CourseLimits.Title);
        b.Property(c => c.Description).HasMaxLength(CourseLimits.Description);
        b.Property(c => c.Place).HasMaxLength(CourseLimits.Place);
        b.Property(c => c.RegistrationsStamp).IsConcurrencyToken();
        b.HasIndex(c => c.StartsAtUtc);
    }
}

public sealed class CourseRegistrationConfiguration : IEntityTypeConfiguration<CourseRegistration>
{
    public void Configure(EntityTypeBuilder<CourseRegistration> b)
    {
        b.Property(r => r.DietaryWish).HasMaxLength(CourseLimits.DietaryWish);
        b.Ignore(r => r.IsActive);
        b.HasIndex(r => new { r.CourseId, r.Status, r.RegisteredAtUtc });
        b.HasIndex(r => r.PersonId);
        b.HasIndex(r => r.HouseholdId);
        b.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Household>().WithMany().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
