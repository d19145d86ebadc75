using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Register;

/// <summary>What a column of the register sheet holds; the capitalised label is its header (an item's column: the item's label).</summary>
public enum RegisterColumnKind
{
    [Display(Name = "id")] Id,
    [Display(Name = "versie")] Version,
    [Display(Name = "onderdeel van het register")] Item,

    /// <summary>Derived, export only: "Ja" when a category of personal data is special.</summary>
    [Display(Name = "bijzondere persoonsgegevens")] SpecialData,

    /// <summary>Derived, export only: whether a DPIA is needed, and whether and when it was done (<see cref="RegisterText.Dpia"/>).</summary>
    [Display(Name = "stand van de DPIA")] DpiaState,

    /// <summary>Derived, export only: the missing Art. 30 items.</summary>
    [Display(Name = "ontbrekende onderdelen")] MissingItems,
}

public sealed record RegisterColumn(string Header, RegisterColumnKind Kind, RegisterField? Field, double Width)
{
    public bool IsDate => Field is RegisterField.DpiaCompletedOn or RegisterField.LastReviewedOn or RegisterField.NextReviewOn;

    /// <summary>Derived columns are ignored on import.</summary>
    public bool IsImported => Kind is RegisterColumnKind.Id or RegisterColumnKind.Version or RegisterColumnKind.Item;
}

/// <summary>The workbook's layout, shared by the export and the import so that one reads what the other writes.</summary>
public static class RegisterSheetLayout
{
    public const string CoverSheet = "Voorblad";
    public const string RegisterSheet = "Register";
    public const string ProcessorsSheet = "Verwerkers";

    /// <summary>The register to read on paper: one block per activity, each item on its own line (export only, never imported).</summary>
    public const string PrintSheet = "Afdruk per verwerking";
    public const string DateFormat = "dd-mm-yyyy";

    public static readonly IReadOnlyList<RegisterColumn> Columns = Build();

    public static readonly IReadOnlyList<(string Header, double Width)> ProcessorColumns =
    [
        ("Naam", 30), ("Contactpersoon", 22), ("E-mail", 28), ("Telefoon", 16), ("Land", 16), ("Wat zij voor ons doen", 45),
        ("Overeenkomst getekend op", 14), ("Overeenkomst verloopt op", 14), ("Document", 24), ("Reikwijdte", 40),
        ("Status overeenkomst", 34), ("Verwerkingen", 40),
    ];

    private static List<RegisterColumn> Build()
    {
        var columns = new List<RegisterColumn>
        {
            OwnColumn(RegisterColumnKind.Id, 38),
            OwnColumn(RegisterColumnKind.Version, 8),
        };
        foreach (var field in RegisterFields.All)
        {
            columns.Add(new RegisterColumn(field.CapitalisedLabel(), RegisterColumnKind.Item, field, Width(field)));
            if (field == RegisterField.PersonalDataCategories)
            {
                columns.Add(OwnColumn(RegisterColumnKind.SpecialData, 14));
            }

            if (field == RegisterField.DpiaCompletedOn)
            {
                columns.Add(OwnColumn(RegisterColumnKind.DpiaState, 24));
            }
        }

        columns.Add(OwnColumn(RegisterColumnKind.MissingItems, 40));
        return columns;
    }

    private static RegisterColumn OwnColumn(RegisterColumnKind kind, double width) => new(kind.CapitalisedLabel(), kind, null, width);

    private static double Width(RegisterField field) => field switch
    {
        RegisterField.Name => 32,
        RegisterField.Description or RegisterField.Purposes or RegisterField.PersonalDataCategories
            or RegisterField.SecurityMeasures or RegisterField.RetentionPeriod or RegisterField.TransferSafeguards => 45,
        RegisterField.LegalBasis or RegisterField.SpecialCategoryCondition or RegisterField.DataSubjectCategories
            or RegisterField.Recipients or RegisterField.Processors or RegisterField.Source or RegisterField.TransferCountries => 32,
        RegisterField.RetentionPolicyId => 38,
        RegisterField.Owner => 22,
        RegisterField.TransfersOutsideEea or RegisterField.DpiaRequired => 10,
        RegisterField.Status => 16,
        RegisterField.DpiaCompletedOn or RegisterField.LastReviewedOn or RegisterField.NextReviewOn => 13,
    };
}
