using PanteinExtra.Core.Requests.Fulfilment;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>
/// Everything Pantein Extra holds on one person, as the access right (Art. 15) requires it: the data per kind with
/// purpose, legal basis, source and retention; who received it; and when staff consulted it.
/// </summary>
public sealed record AccessReport(
    int RequestNumber,
    string PersonName,
    string MemberNumber,
    DateOnly GeneratedOn,
    IReadOnlyList<AccessReportSection> Sections,
    IReadOnlyList<DataRecipient> Recipients,
    IReadOnlyList<AccessReportConsultation> Consultations);

/// <summary>One kind of data, e.g. "Uw adres en contactgegevens".</summary>
public sealed record AccessReportSection(
    string Title,
    string Purpose,
    string LegalBasis,
    string Source,
    string Retention,
    IReadOnlyList<AccessReportRow> Rows);

public sealed record AccessReportRow(string Label, string Value);

/// <summary>
/// A consultation of the person's data: when, by which role, what was done and why, all in Dutch ("Klantcontact",
/// "Huishouden geopend"); not which employee (the staff member's own privacy, CJEU C-579/21).
/// </summary>
public sealed record AccessReportConsultation(DateTime AtUtc, string Role, string What, string? Purpose);

/// <summary>A feature's part of the access report. Who received the data comes from the <see cref="IRecipientSource"/>s.</summary>
public interface IAccessReportContributor
{
    int Order { get; }

    Task<IReadOnlyList<AccessReportSection>> SectionsAsync(Data.PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct);
}
