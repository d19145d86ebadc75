namespace PanteinExtra.Core.Members;

/// <summary>Dutch name display: "Jan de Vries"; the tussenvoegsel stays lower case inside the name.</summary>
public static class PersonNames
{
    public static string Full(string? firstName, string? infix, string? lastName) =>
        string.Join(' ', new[] { firstName, infix, lastName }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
