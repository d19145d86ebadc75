using Microsoft.Data.Sqlite;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>A real SQLite file in a temp folder (WAL, real locking), removed again on dispose.</summary>
public sealed class TempSqliteFile : IDisposable
{
    public TempSqliteFile()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pantein-tests");
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            // The audit chain's demo key and checkpoints live next to the database (AuditChainOptions.For).
            if (Directory.Exists(Path + ".checkpoints"))
            {
                Directory.Delete(Path + ".checkpoints", recursive: true);
            }
        }
        catch (IOException)
        {
        }

        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm", Path + ".chain-key" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A file still open by a finishing test host; the temp folder is cleaned by the OS.
            }
        }
    }
}
