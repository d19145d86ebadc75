using System.Collections.Concurrent;
using System.Reflection;

namespace PanteinExtra.Core.Common.Validation;

/// <summary>
/// Checks an input against the rules it carries: DataAnnotations attributes on its properties (with the Dutch
/// messages of <see cref="FieldRules"/>) and, for rules across fields, <see cref="IValidatableObject"/>. The Portal
/// shows the same rules live (Blazor's DataAnnotationsValidator); Core checks them again before anything is saved.
/// On top, every text property of every input is checked for characters no text may hold
/// (<see cref="TextCharacters"/>): a field of one line refuses tabs and line breaks too, unless it is
/// <see cref="MultiLineAttribute"/>.
/// </summary>
public static class InputRules
{
    public const string InvisibleCharacterMessage =
        "{0} bevat een onzichtbaar stuurteken of een teken dat de leesrichting omdraait. Typ de tekst opnieuw, of plak hem zonder opmaak.";

    public const string LineBreakMessage = "{0} moet op één regel staan, zonder tab of regeleinde.";

    private static readonly ConcurrentDictionary<Type, TextProperty[]> TextProperties = new();

    /// <summary>The first Dutch message per property that breaks a rule; empty when the input is valid.</summary>
    public static IReadOnlyDictionary<string, string> Check(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        var errors = new Dictionary<string, string>();
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                errors.TryAdd(member, result.ErrorMessage ?? "Ongeldige waarde.");
            }
        }

        foreach (var property in TextProperties.GetOrAdd(input.GetType(), FindTextProperties))
        {
            if (property.Info.GetValue(input) is string text && CharacterMessage(text, property.MultiLine, property.DisplayName) is { } message)
            {
                errors.TryAdd(property.Info.Name, message);
            }
        }

        return errors;
    }

    /// <summary><see cref="Result.Invalid(IReadOnlyDictionary{string, string})"/> when a rule is broken, else null.</summary>
    public static Result? Validate(object input) => Check(input) is { Count: > 0 } errors ? Result.Invalid(errors) : null;

    /// <summary>The Dutch message for a text whose characters may not be stored, or null when they may.</summary>
    public static string? CharacterMessage(string text, bool multiLine, string fieldName) =>
        TextCharacters.Problem(text, multiLine) switch
        {
            TextCharacterProblem.Invisible => string.Format(Dutch.Culture, InvisibleCharacterMessage, fieldName),
            TextCharacterProblem.LineBreak => string.Format(Dutch.Culture, LineBreakMessage, fieldName),
            _ => null,
        };

    private static TextProperty[] FindTextProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => new TextProperty(
                p,
                p.IsDefined(typeof(MultiLineAttribute), inherit: true),
                p.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? p.Name))
            .ToArray();

    private sealed record TextProperty(PropertyInfo Info, bool MultiLine, string DisplayName);
}
