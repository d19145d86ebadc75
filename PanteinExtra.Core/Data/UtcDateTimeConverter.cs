using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PanteinExtra.Core.Data;

/// <summary>Stores DateTime as UTC and reads it back with Kind = Utc (SQLite keeps no kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
