using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// Inserts preview items with one prepared multi-row INSERT, reused for every chunk: a preview of a large
/// database lists a hundred thousand items, and the change tracker costs close to a millisecond per row. Items
/// are bookkeeping (not audited), so bypassing SaveChanges loses nothing. Values are given in each engine's
/// own format (SQLite: upper-case GUID text and ISO dates, as EF Core stores them).
/// </summary>
public static class RetentionItemWriter
{
    private const int RowsPerStatement = 50;

    private static readonly string[] Columns =
        ["Id", "RunId", "PolicyId", "RecordKind", "RecordId", "HouseholdId", "ExpiredOn", "Reason", "State", "HoldReason"];

    /// <summary>
    /// The columns' types, given to PostgreSQL before the statement is prepared (Npgsql cannot prepare a parameter
    /// whose type it has to infer from a value not yet set). SQLite keeps untyped parameters: it stores what it gets.
    /// </summary>
    private static readonly DbType[] PostgresTypes =
    [
        DbType.Guid, DbType.Guid, DbType.Guid, DbType.String, DbType.Guid, DbType.Guid, DbType.Date, DbType.String, DbType.String,
        DbType.String,
    ];

    public static async Task InsertAsync(PortalDbContext db, IReadOnlyList<RetentionRunItem> items, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var sqlite = db.Database.IsSqlite();
            DbCommand? full = null;
            foreach (var chunk in items.Chunk(RowsPerStatement))
            {
                var command = chunk.Length == RowsPerStatement
                    ? full ??= await PrepareAsync(db, RowsPerStatement, ct)
                    : await PrepareAsync(db, chunk.Length, ct);
                var n = 0;
                foreach (var i in chunk)
                {
                    object?[] values = [i.Id, i.RunId, i.PolicyId, i.RecordKind, i.RecordId, i.HouseholdId, i.ExpiredOn, i.Reason, i.State.ToString(), i.HoldReason];
                    foreach (var value in values)
                    {
                        command.Parameters[n++].Value = Store(value, sqlite);
                    }
                }

                await command.ExecuteNonQueryAsync(ct);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }

            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<DbCommand> PrepareAsync(PortalDbContext db, int rows, CancellationToken ct)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var sql = new StringBuilder($"INSERT INTO \"RetentionRunItems\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < Columns.Length; column++)
            {
                var name = $"@p{(row * Columns.Length) + column}";
                sql.Append(column == 0 ? name : $", {name}");
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                if (!db.Database.IsSqlite())
                {
                    parameter.DbType = PostgresTypes[column];
                }

                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        await command.PrepareAsync(ct);
        return command;
    }

    private static object Store(object? value, bool sqlite) => value switch
    {
        null => DBNull.Value,
        Guid g when sqlite => g.ToString().ToUpperInvariant(),
        DateOnly d when sqlite => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };
}
