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
    IReadOnlyList<AccessReportRecipient> Recipients,
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

public sealed record AccessReportRecipient(string Name, string What, DateOnly? Since);

/// <summary>A consultation of the person's data: when, by which role, why (not which employee: the staff member's own privacy).</summary>
public sealed record AccessReportConsultation(DateTime AtUtc, string Role, string Action, string? Purpose);

/// <summary>A feature's part of the access report and of the portability export.</summary>
public interface IAccessReportContributor
{
    int Order { get; }

    Task<IReadOnlyList<AccessReportSection>> SectionsAsync(Data.PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct);

    Task<IReadOnlyList<AccessReportRecipient>> RecipientsAsync(Data.PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct);
}
