using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Register;

/// <summary>
/// Stores a short list (purposes, categories, measures) as JSON text: the same on SQLite and PostgreSQL, and
/// the register never queries inside these lists.
/// </summary>
internal static class JsonListColumn
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> IsJsonList<T>(this PropertyBuilder<List<T>> property) =>
        property
            .HasConversion(
                v => JsonSerializer.Serialize(v, Options),
                s => JsonSerializer.Deserialize<List<T>>(s, Options) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => a!.SequenceEqual(b!),
                    v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
                    v => v.ToList()))
            .HasMaxLength(RegisterLimits.ItemList);
}
