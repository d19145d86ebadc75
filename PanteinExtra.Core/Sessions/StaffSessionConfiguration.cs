using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Sessions;

public sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> b)
    {
        b.HasUser(s => s.UserId, s => s.UserName);
        b.Property(s => s.Role).HasMaxLength(SessionLimits.Role);
        b.Property(s => s.EndedAtUtc).IsConcurrencyToken();
        b.HasIndex(s => new { s.UserId, s.EndedAtUtc });
        b.HasIndex(s => s.EndedAtUtc);
    }
}
