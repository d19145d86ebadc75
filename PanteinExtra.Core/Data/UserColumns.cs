using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Data;

public static class UserColumns
{
    /// <summary>A "by whom" pair of columns: the user's id and the name as shown, in the widths of <see cref="UserLimits"/>.</summary>
    public static EntityTypeBuilder<T> HasUser<T>(
        this EntityTypeBuilder<T> b, Expression<Func<T, string?>> userId, Expression<Func<T, string?>> userName)
        where T : class
    {
        b.Property(userId).HasMaxLength(UserLimits.UserId);
        b.Property(userName).HasMaxLength(UserLimits.UserName);
        return b;
    }
}
