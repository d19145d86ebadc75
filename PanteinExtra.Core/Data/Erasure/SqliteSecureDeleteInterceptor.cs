using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PanteinExtra.Core.Data;

/// <summary>
/// Turns on <c>PRAGMA secure_delete</c> on every SQLite connection the portal opens: deleted content (a removed row, the
/// old version of an updated one, a freed page) is overwritten with zeros instead of lingering in the file's free space
/// until reused. The setting belongs to the connection, not the file, so it is set on each open (a pooled connection
/// keeps it; setting it again costs microseconds). Registered in <see cref="SqlitePortalDbContext"/>, so no context skips it.
/// </summary>
public sealed class SqliteSecureDeleteInterceptor : DbConnectionInterceptor
{
    public const string Pragma = "PRAGMA secure_delete = ON;";

    public static readonly SqliteSecureDeleteInterceptor Instance = new();

    private SqliteSecureDeleteInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
