using System.Text.Json;

namespace PanteinExtra.Core.Register;

/// <summary>The frozen content of a version, with the processors' names at that moment.</summary>
public sealed record ActivitySnapshot(ActivityContent Content, IReadOnlyDictionary<Guid, string> ProcessorNames)
{
    public string ProcessorName(Guid id) => ProcessorNames.TryGetValue(id, out var name) ? name : id.ToString();

    public string Display(RegisterField field) => RegisterFields.Display(field, Content, ProcessorName);

    public string ToJson() => JsonSerializer.Serialize(this, JsonListColumn.Options);

    public static ActivitySnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ActivitySnapshot>(json, JsonListColumn.Options)
        ?? throw new InvalidOperationException("Empty snapshot.");
}
