namespace PanteinExtra.Core.Common.Validation;

// The field rules of every input, with their Dutch messages. "{0}" is the field's [Display(Name = ...)], so a message
// reads "Straat is verplicht." Optional fields are valid when empty; [Mandatory] makes them required.

/// <summary>The field must be filled (text that is not only spaces, or a value).</summary>
public sealed class MandatoryAttribute : RequiredAttribute
{
    public MandatoryAttribute() => ErrorMessage = "{0} is verplicht.";
}

/// <summary>At most this many characters (after trimming); use the feature's length constant, as the EF configuration does.</summary>
public sealed class MaxTextAttribute(int maximum) : ValidationAttribute("{0} mag maximaal {1} tekens lang zijn.")
{
    public int Maximum { get; } = maximum;

    public override bool IsValid(object? value) => value is not string text || text.Trim().Length <= Maximum;

    public override string FormatErrorMessage(string name) => string.Format(ErrorMessageString, name, Maximum);
}

/// <summary>A Dutch postcode: four digits and two letters.</summary>
public sealed class PostcodeAttribute()
    : ValidationAttribute("Vul een geldige postcode in: vier cijfers en twee letters, bijv. 6511 AB.")
{
    public override bool IsValid(object? value) => Blank(value) || DutchFormats.NormalisePostcode((string)value!) is not null;

    internal static bool Blank(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));
}

/// <summary>A house number from 1 to 99999.</summary>
public sealed class HouseNumberAttribute() : ValidationAttribute("Vul een huisnummer in tussen 1 en 99999.")
{
    public override bool IsValid(object? value) => value is null || value is int and >= 1 and <= 99999;
}

/// <summary>A house number addition: at most four letters or digits.</summary>
public sealed class HouseNumberAdditionAttribute()
    : ValidationAttribute("Een toevoeging bestaat uit hoogstens vier letters of cijfers, bijv. A of 2.")
{
    public override bool IsValid(object? value) =>
        PostcodeAttribute.Blank(value) || DutchFormats.NormaliseAddition((string)value!) is not null;
}

/// <summary>A Dutch phone number (ten digits) or an international one starting with +.</summary>
public sealed class PhoneNumberAttribute()
    : ValidationAttribute("Vul een geldig telefoonnummer in, bijv. 06-12345678 of 024-3456789.")
{
    public override bool IsValid(object? value) => PostcodeAttribute.Blank(value) || DutchFormats.CanonicalPhone((string)value!) is not null;
}

/// <summary>A plausible e-mail address.</summary>
public sealed class EmailAttribute() : ValidationAttribute("Vul een geldig e-mailadres in, bijv. naam@voorbeeld.nl.")
{
    public override bool IsValid(object? value) => PostcodeAttribute.Blank(value) || DutchFormats.NormaliseEmail((string)value!) is not null;
}

/// <summary>At least this many characters (after trimming) when filled; [Mandatory] makes the field required.</summary>
public sealed class MinTextAttribute(int minimum) : ValidationAttribute("{0} moet minstens {1} tekens lang zijn.")
{
    public int Minimum { get; } = minimum;

    public override bool IsValid(object? value) => PostcodeAttribute.Blank(value) || value is not string text || text.Trim().Length >= Minimum;

    public override string FormatErrorMessage(string name) => string.Format(ErrorMessageString, name, Minimum);
}

/// <summary>A whole number from the minimum to the maximum (both included); empty is valid.</summary>
public sealed class BetweenAttribute(int minimum, int maximum) : ValidationAttribute("{0} ligt tussen {1} en {2}.")
{
    public int Minimum { get; } = minimum;

    public int Maximum { get; } = maximum;

    public override bool IsValid(object? value) => value is null || (value is int n && n >= Minimum && n <= Maximum);

    public override string FormatErrorMessage(string name) => string.Format(ErrorMessageString, name, Minimum, Maximum);
}

/// <summary>Only the digits 0-9, e.g. a member number (spaces around it are ignored).</summary>
public sealed class DigitsAttribute() : ValidationAttribute("{0} bestaat alleen uit cijfers.")
{
    public override bool IsValid(object? value) => PostcodeAttribute.Blank(value) || ((string)value!).Trim().All(char.IsAsciiDigit);
}

/// <summary>A list shown one entry per line (as its entries' text reads): at most this many characters together.</summary>
public sealed class MaxListTextAttribute(int maximum) : ValidationAttribute("{0} mag samen maximaal {1} tekens lang zijn.")
{
    public int Maximum { get; } = maximum;

    public override bool IsValid(object? value) =>
        value is not System.Collections.IEnumerable entries || value is string
        || string.Join("\n", entries.Cast<object?>().Select(e => e?.ToString()?.Trim())).Length <= Maximum;

    public override string FormatErrorMessage(string name) => string.Format(ErrorMessageString, name, Maximum);
}
