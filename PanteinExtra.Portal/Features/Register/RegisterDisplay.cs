using MudBlazor;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;

namespace PanteinExtra.Portal.Features.Register;

/// <summary>Colours and short texts the register pages share.</summary>
public static class RegisterDisplay
{
    public static Color StatusColor(ActivityStatus status) => status switch
    {
        ActivityStatus.Draft => Color.Default,
        ActivityStatus.Complete => Color.Success,
        ActivityStatus.NeedsReview => Color.Warning,
    };

    public static Color AgreementColor(AgreementState state) => state switch
    {
        AgreementState.Valid => Color.Success,
        AgreementState.ExpiringSoon => Color.Warning,
        AgreementState.Missing => Color.Error,
    };

    /// <summary>"doeleinden, eigenaar / afdeling": items as they read in a sentence.</summary>
    public static string Items(IEnumerable<RegisterField> fields) => string.Join(", ", fields.Select(RegisterFields.ScreenLabel));

    /// <summary>An item's name as a heading or field label: "Bewaarbeleid", not the export's "bewaarbeleid (id)".</summary>
    public static string Item(RegisterField field) => Labels.Capitalise(RegisterFields.ScreenLabel(field));

    public static string ActivityHref(Guid id) => $"/verwerkingsregister/activiteit?id={id}";

    public static string EditHref(Guid id) => $"/verwerkingsregister/activiteit/bewerken?id={id}";

    public static string HistoryHref(Guid id) => $"/verwerkingsregister/geschiedenis?id={id}";

    public static string ProcessorHref(Guid id) => $"/verwerkingsregister/verwerker?id={id}";

    public static string ProcessorEditHref(Guid id) => $"/verwerkingsregister/verwerkers/bewerken?id={id}";
}
