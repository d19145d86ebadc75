using System.ComponentModel.DataAnnotations;
using System.Reflection;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Auditing;

/// <summary>
/// The Dutch name of an event type, for the access log, a request's list of changes and the reports; the codes stay
/// in the data. Explicit events carry <c>[Display(Name = ...)]</c> on their constant (e.g.
/// <see cref="AuditEventTypes.SignIn"/>); a write recorded by the interceptor ("Household:Update") reads as the
/// entity's Dutch name (<c>[Display]</c> on the entity class) and the action: "huishouden gewijzigd".
/// </summary>
public static class AuditEventNames
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Explicit = new(ReadConstants);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Entities = new(ReadEntities);

    public static string Describe(string eventType)
    {
        if (Explicit.Value.TryGetValue(eventType, out var name))
        {
            return name;
        }

        var parts = eventType.Split(':');
        if (parts.Length == 2
            && Entities.Value.TryGetValue(parts[0], out var entity)
            && Enum.TryParse<AuditAction>(parts[1], out var action))
        {
            return $"{entity} {Done(action)}";
        }

        return eventType;
    }

    /// <summary>Every explicit event type and every audited entity, for the completeness test and the log's picker.</summary>
    public static IReadOnlyDictionary<string, string> Known => Explicit.Value;

    /// <summary>The event types of the log's Dutch picker: every explicit event and every audited write, by Dutch name.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Choices() =>
        Explicit.Value
            .Concat(Entities.Value.SelectMany(entity => new[] { AuditAction.Create, AuditAction.Update, AuditAction.Delete }
                .Select(a => KeyValuePair.Create($"{entity.Key}:{a}", $"{entity.Value} {Done(a)}"))))
            .DistinctBy(c => c.Key)
            .OrderBy(c => c.Value, StringComparer.Create(Dutch.Culture, ignoreCase: true))
            .ToList();

    /// <summary>The Dutch name of an audited entity type, or null when it has none.</summary>
    public static string? EntityName(string clrTypeName) => Entities.Value.GetValueOrDefault(clrTypeName);

    private static string Done(AuditAction action) => action switch
    {
        AuditAction.Create => "vastgelegd",
        AuditAction.Update => "gewijzigd",
        AuditAction.Delete => "verwijderd",
        AuditAction.View => "ingezien",
        AuditAction.Search => "gezocht",
        AuditAction.Export => "geëxporteerd",
        AuditAction.Print => "afgedrukt",
        AuditAction.SignIn => "aangemeld",
        AuditAction.SignOut => "afgemeld",
    };

    /// <summary>Constants of the static event-type classes (<c>*EventTypes</c>) that carry a Dutch name.</summary>
    private static IReadOnlyDictionary<string, string> ReadConstants() =>
        typeof(AuditEventNames).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("EventTypes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (Code: (string)f.GetRawConstantValue()!, Name: f.GetCustomAttribute<DisplayAttribute>()?.Name))
            .Where(c => c.Name is not null)
            .GroupBy(c => c.Code)
            .ToDictionary(g => g.Key, g => Labels.Capitalise(g.First().Name!));

    private static IReadOnlyDictionary<string, string> ReadEntities() =>
        typeof(AuditEventNames).Assembly.GetTypes()
            .Where(t => t.IsClass && t.GetCustomAttribute<DisplayAttribute>() is { Name: not null })
            .ToDictionary(t => t.Name, t => Labels.Capitalise(t.GetCustomAttribute<DisplayAttribute>()!.Name!));
}
