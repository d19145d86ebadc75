using System.Text.RegularExpressions;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Members;

public enum MemberSearchKind
{
    [Display(Name = "lidnummer")] MemberNumber,
    [Display(Name = "postcode en huisnummer")] Address,
    [Display(Name = "naam")] Name,
    [Display(Name = "telefoonnummer")] Phone,
    [Display(Name = "e-mailadres")] Email,
}

/// <summary>
/// What the agent typed, recognised as one kind of search and normalised to the form of the stored keys.
/// One box for everything: "1234567" is a member number, "1234 ab 12-a" a postcode with house number and
/// addition, "06-12345678" or "+31 6 1234 5678" a phone number, anything with "@" an e-mail address, the rest a name.
/// </summary>
public sealed partial record MemberSearchQuery(MemberSearchKind Kind, string Value, bool IsPrefix)
{
    public const int MinimumNameLength = 2;

    /// <summary>Longer than any member number, address, name, phone number or e-mail address the desk searches on.</summary>
    public const int MaximumLength = 100;

    /// <summary>Null when the text is too short or cannot be searched on (with the Dutch reason).</summary>
    public static MemberSearchQuery? Parse(string? text, out string? problem)
    {
        problem = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            problem = "Vul een zoekterm in.";
            return null;
        }

        if (trimmed.Length > MaximumLength)
        {
            problem = $"Een zoekterm mag maximaal {MaximumLength} tekens lang zijn.";
            return null;
        }

        if (InputRules.CharacterMessage(trimmed, multiLine: false, "De zoekterm") is { } characters)
        {
            problem = characters;
            return null;
        }

        if (trimmed.Contains('@'))
        {
            return new(MemberSearchKind.Email, HouseholdSearchKeys.Email + trimmed.ToLowerInvariant(), IsPrefix: true);
        }

        if (MemberNumberPattern().IsMatch(trimmed))
        {
            return new(MemberSearchKind.MemberNumber, trimmed, IsPrefix: false);
        }

        var address = AddressPattern().Match(trimmed);
        if (address.Success && DutchFormats.NormalisePostcode(address.Groups["pc"].Value) is { } postcode)
        {
            if (!address.Groups["nr"].Success)
            {
                return new(MemberSearchKind.Address, $"{HouseholdSearchKeys.Address}{postcode.ToLowerInvariant()} ", IsPrefix: true);
            }

            var number = int.Parse(address.Groups["nr"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var addition = DutchFormats.NormaliseAddition(address.Groups["add"].Value);
            return new(MemberSearchKind.Address, HouseholdSearchKeys.AddressKey(postcode, number, addition), IsPrefix: false);
        }

        if (DutchFormats.CanonicalPhone(trimmed) is { } phone)
        {
            return new(MemberSearchKind.Phone, HouseholdSearchKeys.Phone + phone, IsPrefix: false);
        }

        if (trimmed.Any(char.IsAsciiDigit) && !trimmed.Any(char.IsLetter))
        {
            problem = "Dit is geen lidnummer (7 cijfers) of volledig telefoonnummer.";
            return null;
        }

        var name = SearchText.Fold(trimmed);
        if (name.Length < MinimumNameLength)
        {
            problem = $"Typ minstens {MinimumNameLength} letters van de naam.";
            return null;
        }

        return new(MemberSearchKind.Name, HouseholdSearchKeys.Name + name, IsPrefix: true);
    }

    [GeneratedRegex(@"^\d{7}$")]
    private static partial Regex MemberNumberPattern();

    [GeneratedRegex(@"^(?<pc>[1-9]\d{3}\s?[A-Za-z]{2})(?:[\s,]*(?<nr>\d{1,5})(?:\s*[-\s]?\s*(?<add>[A-Za-z0-9]{1,4}))?)?$")]
    private static partial Regex AddressPattern();
}
