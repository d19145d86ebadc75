using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Sessions;

public sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> b)
    {
        b.Property(s => s.UserId).HasMaxLength(UserLimits.UserId);
        b.Property(s => s.UserName).HasMaxLength(UserLimits.UserName);
        b.Property(s => s.Role).HasMaxLength(SessionLimits.Role);
        b.Property(s => s.EndedAtUtc).IsConcurrencyToken();
        b.HasIndex(s => new { s.UserId, s.EndedAtUtc });
        b.HasIndex(s => s.EndedAtUtc);
    }
}
