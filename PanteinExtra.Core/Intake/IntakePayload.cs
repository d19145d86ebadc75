using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Intake;

/// <summary>How a form is read from the website and kept in <see cref="IntakeItem.Payload"/>: the same JSON both ways.</summary>
public static class IntakePayload
{
    /// <summary>camelCase names, enums by name, unknown fields refused: what the website sends and the OpenAPI document describes.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Stored as text, never put into HTML as JSON: "é" stays one character, so every form fits IntakeLimits.Payload.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialise(IIntakeInput input) => JsonSerializer.Serialize(input, input.GetType(), Json);

    public static IIntakeInput Read(IntakeKind kind, string payload) =>
        (IIntakeInput)(JsonSerializer.Deserialize(payload, IntakeKinds.InputType(kind), Json)
            ?? throw new InvalidOperationException("An intake item without its form."));

    /// <summary>The JSON name of an input property (<c>nameof(X.Postcode)</c> is "postcode").</summary>
    public static string FieldName(string property) => Json.PropertyNamingPolicy!.ConvertName(property);

    /// <summary>The fields of a form with their Dutch labels, in the input's order (a base class's fields first); empty ones left out.</summary>
    public static IReadOnlyList<IntakeField> Fields(IIntakeInput input) =>
        input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => Depth(p.DeclaringType!))
            .Where(p => p.GetCustomAttribute<DisplayAttribute>() is not null)
            .Select(p => (Label: p.GetCustomAttribute<DisplayAttribute>()!.GetName()!, Value: Format(p.GetValue(input))))
            .Where(f => f.Value.Length > 0)
            .Select(f => new IntakeField(f.Label, f.Value))
            .ToList();

    private static int Depth(Type type) => type.BaseType is { } parent ? Depth(parent) + 1 : 0;

    private static string Format(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        bool b => b ? "ja" : "nee",
        DateOnly d => Dutch.Date(d),
        DateTimeOffset m => Dutch.Moment(m.UtcDateTime),
        Enum e => e.Label(),
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
