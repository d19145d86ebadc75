using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace PanteinExtra.Portal.Components.Shared;

/// <summary>Dutch texts for MudBlazor's built-in labels that staff see (pager, grid, pickers, required fields).</summary>
public sealed class DutchMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["MudDataGridPager_RowsPerPage"] = "Rijen per pagina:",
        ["MudDataGridPager_AllItems"] = "Alle",
        ["MudDataGridPager_InfoFormat"] = "{0}-{1} van {2}",
        ["MudDataGridPager_FirstPage"] = "Eerste pagina",
        ["MudDataGridPager_PreviousPage"] = "Vorige pagina",
        ["MudDataGridPager_NextPage"] = "Volgende pagina",
        ["MudDataGridPager_LastPage"] = "Laatste pagina",
        ["MudDataGrid_Loading"] = "Laden…",
        ["MudDataGrid_Apply"] = "Toepassen",
        ["MudDataGrid_Clear"] = "Wissen",
        ["MudDataGrid_Cancel"] = "Annuleren",
        ["MudDataGrid_Save"] = "Opslaan",
        ["MudDataGrid_Filter"] = "Filter",
        ["MudDataGrid_Sort"] = "Sorteren",
        ["MudDataGrid_Unsort"] = "Sortering opheffen",
        ["MudDataGrid_Columns"] = "Kolommen",
        ["MudTable_Loading"] = "Laden…",
        ["MudTablePager_FirstPage"] = "Eerste pagina",
        ["MudTablePager_PreviousPage"] = "Vorige pagina",
        ["MudTablePager_NextPage"] = "Volgende pagina",
        ["MudTablePager_LastPage"] = "Laatste pagina",
        ["MudFormComponent_Required"] = "Verplicht",
        ["MudInput_Clear"] = "Wissen",
        ["MudDialog_Close"] = "Sluiten",
        ["MudAlert_Close"] = "Sluiten",
        ["MudChip_Close"] = "Sluiten",
        ["MudSelect_SelectAll"] = "Alles selecteren",
        ["MudBaseDatePicker_PrevMonth"] = "Vorige maand",
        ["MudBaseDatePicker_NextMonth"] = "Volgende maand",
        ["MudBaseDatePicker_PrevYear"] = "Vorig jaar",
        ["MudBaseDatePicker_NextYear"] = "Volgend jaar",
        ["MudPagination_FirstPage"] = "Eerste pagina",
        ["MudPagination_PreviousPage"] = "Vorige pagina",
        ["MudPagination_NextPage"] = "Volgende pagina",
        ["MudPagination_LastPage"] = "Laatste pagina",
    };

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : new LocalizedString(key, key, resourceNotFound: true);

    /// <summary>
    /// Texts with numbers, such as the pager's "1-25 van 19.602": the numbers in Dutch notation, whether MudBlazor hands
    /// them over as numbers or already written the English way ("19,602").
    /// </summary>
    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var format = this[key];
            var dutch = arguments.Select(a => a switch
            {
                int or long => ((IFormattable)a).ToString("N0", PanteinExtra.Core.Common.Dutch.Culture),
                string t when long.TryParse(t, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) =>
                    n.ToString("N0", PanteinExtra.Core.Common.Dutch.Culture),
                _ => a,
            }).ToArray();
            return new LocalizedString(key, string.Format(PanteinExtra.Core.Common.Dutch.Culture, format.Value, dutch), format.ResourceNotFound);
        }
    }
}
