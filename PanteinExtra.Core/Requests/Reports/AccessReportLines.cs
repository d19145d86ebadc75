using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>A processing's rows in one order and with one label each, for the screen, the PDF and the workbook.</summary>
public static class AccessReportLines
{
    public static IReadOnlyList<AccessReportRow> Of(AccessReportProcessing p) =>
    [
        new("Waarvoor", p.Purposes),
        new("Grondslag", p.LegalBasis),
        new("Welke gegevens", p.DataCategories),
        new("Bron", p.Source),
        new("Ontvangers", p.Recipients),
        new("Verwerkers", p.Processors.Count == 0 ? "Geen" : string.Join("\n", p.Processors.Select(Processor))),
        new("Buiten de Europese Economische Ruimte", p.Transfers),
        new("Bewaartermijn", p.Retention),
    ];

    /// <summary>"MailStroom Inc. (Verenigde Staten): verstuurt de nieuwsbrief ..."</summary>
    public static string Processor(AccessReportProcessor p) =>
        $"{p.Name} ({p.Country}): {(p.Services.Length > 0 ? char.ToLower(p.Services[0], Dutch.Culture) + p.Services[1..] : "")}".TrimEnd(':', ' ');
}
