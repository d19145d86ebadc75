using System.ComponentModel.DataAnnotations;

namespace PanteinExtra.Core.Common.Validation;

/// <summary>
/// Checks an input against the rules it carries: DataAnnotations attributes on its properties (with the Dutch
/// messages of <see cref="FieldRules"/>) and, for rules across fields, <see cref="IValidatableObject"/>. The Portal
/// shows the same rules live (Blazor's DataAnnotationsValidator); Core checks them again before anything is saved.
/// </summary>
public static class InputRules
{
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

        return errors;
    }

    /// <summary><see cref="Result.Invalid(IReadOnlyDictionary{string, string})"/> when a rule is broken, else null.</summary>
    public static Result? Validate(object input) => Check(input) is { Count: > 0 } errors ? Result.Invalid(errors) : null;
}
