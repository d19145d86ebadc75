using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PanteinExtra.Core.Auditing.Chain;

/// <summary>A chain head as written outside the database, sealed with the chain key.</summary>
public sealed record CheckpointFile(long Sequence, string Hash, DateTime CreatedAtUtc, long KeyedFromSequence, string Mac)
{
    public bool IsSealedWith(AuditChainKey key) => string.Equals(Mac, Seal(key, Sequence, Hash, CreatedAtUtc, KeyedFromSequence), StringComparison.Ordinal);

    public static string Seal(AuditChainKey key, long sequence, string hash, DateTime createdAtUtc, long keyedFrom) =>
        key.Mac(Encoding.UTF8.GetBytes(string.Join(
            '|', sequence.ToString(CultureInfo.InvariantCulture), hash, createdAtUtc.Ticks.ToString(CultureInfo.InvariantCulture),
            keyedFrom.ToString(CultureInfo.InvariantCulture))));
}

/// <summary>Reads and writes checkpoint files in the configured folder (one JSON file per checkpoint, never changed).</summary>
public sealed class CheckpointFiles(AuditChainOptions options, AuditChainKey key)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Folder => options.CheckpointFolder ?? throw new InvalidOperationException("AuditChain:CheckpointFolder is not set.");

    public string Write(long sequence, string hash, DateTime createdAtUtc, long keyedFrom)
    {
        Directory.CreateDirectory(Folder);
        var file = new CheckpointFile(sequence, hash, createdAtUtc, keyedFrom, CheckpointFile.Seal(key, sequence, hash, createdAtUtc, keyedFrom));
        var name = $"checkpoint-{sequence:D12}-{createdAtUtc:yyyyMMddHHmmssfff}.json";
        var path = Path.Combine(Folder, name);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(file, Json));
        File.Move(temp, path, overwrite: false);
        return name;
    }

    /// <summary>Every checkpoint in the folder; a file that cannot be read or is not sealed with the key is returned as forged.</summary>
    public (IReadOnlyList<CheckpointFile> Valid, IReadOnlyList<string> Forged) ReadAll()
    {
        if (!Directory.Exists(Folder))
        {
            return ([], []);
        }

        var valid = new List<CheckpointFile>();
        var forged = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Folder, "checkpoint-*.json"))
        {
            CheckpointFile? file = null;
            try
            {
                file = JsonSerializer.Deserialize<CheckpointFile>(File.ReadAllText(path));
            }
            catch (JsonException)
            {
            }

            if (file is not null && file.IsSealedWith(key))
            {
                valid.Add(file);
            }
            else
            {
                forged.Add(Path.GetFileName(path));
            }
        }

        return (valid.OrderBy(f => f.Sequence).ToList(), forged);
    }
}
