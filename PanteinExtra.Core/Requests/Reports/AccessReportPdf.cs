using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Documents;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>The access report as the member receives it: A4 with the letterhead, page numbers, and every part of the screen's report in the same order.</summary>
public static class AccessReportPdf
{
    public static byte[] Render(AccessReport report)
    {
        using var pdf = new PdfLayout($"Inzageoverzicht verzoek {report.RequestNumber}", Letterhead.From(report.Sender));
        pdf.Heading(AccessReportText.Title)
            .Paragraph($"Voor: {report.PersonName}, lidnummer {report.MemberNumber}\nVerzoek {report.RequestNumber}, opgemaakt op {Dutch.LongDate(report.GeneratedOn)}")
            .Paragraph(AccessReportText.Introduction);

        foreach (var section in report.SectionsWithData)
        {
            pdf.Heading(section.Title)
                .Paragraph($"Waarvoor: {section.Purpose}\nGrondslag: {section.LegalBasis}\nBron: {section.Source}\nBewaartermijn: {section.Retention}")
                .Table(["Gegeven", "Waarde"], section.Rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Value]), [1, 2]);
        }

        if (report.KindsWithoutData.Count > 0)
        {
            pdf.Paragraph($"{AccessReportText.NoDataKinds} {Dutch.Enumerate(report.KindsWithoutData)}.");
        }

        pdf.Heading(AccessReportText.ProcessingHeading).Paragraph(AccessReportText.ProcessingIntroduction);
        foreach (var p in report.Processing)
        {
            pdf.Heading(p.Name).Table(["Onderdeel", "Wat ons register zegt"], AccessReportLines.Of(p).Select(l => (IReadOnlyList<string>)[l.Label, l.Value]), [1, 3]);
        }

        if (report.OtherActivities.Count > 0)
        {
            pdf.Paragraph(AccessReportText.OtherActivitiesIntroduction)
                .Table(["Verwerking", "Waarvoor"], report.OtherActivities.Select(a => (IReadOnlyList<string>)[a.Name, a.Purposes]), [1, 2]);
        }

        pdf.Heading(AccessReportText.RecipientsHeading);
        if (report.Recipients.Count == 0)
        {
            pdf.Paragraph(AccessReportText.NoRecipients);
        }
        else
        {
            pdf.Paragraph(AccessReportText.RecipientsIntroduction).Table(["Ontvanger", "Wat", "Sinds"], report.Recipients.Select(r => (IReadOnlyList<string>)[r.Name, r.SharedWhat, Dutch.Date(r.SharedOn)]), [2, 3, 1]);
        }

        pdf.Heading(AccessReportText.AutomatedDecisionsHeading).Paragraph(AccessReportText.AutomatedDecisions);
        pdf.Heading(AccessReportText.RightsHeading);
        pdf.Table(["Recht", "Wat het betekent"], AccessReportText.Rights.Select(r => (IReadOnlyList<string>)[r.Right, r.Explanation]), [1, 3]);
        pdf.Paragraph(AccessReportText.Contact(report.Sender));

        pdf.Heading(AccessReportText.ConsultationsHeading)
            .Paragraph($"{AccessReportText.ConsultationsIntroduction} Wij bewaren deze vastlegging: {report.ConsultationRetention}.");
        if (report.Consultations.Count == 0)
        {
            pdf.Paragraph(AccessReportText.NoConsultations);
        }
        else
        {
            pdf.Table(
                ["Datum", "Functie", "Waarvoor", "Wat", "Aantal"],
                report.Consultations.Select(c => (IReadOnlyList<string>)[Dutch.Date(c.Day), c.Role, c.Purpose, string.Join(", ", c.What), Dutch.Number(c.Count)]),
                [1.2, 2.2, 1.7, 2.1, 0.8]);
        }

        return pdf.ToPdf();
    }

    public static string FileName(AccessReport report) => $"inzageoverzicht-verzoek-{report.RequestNumber}.pdf";
}
