using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Requests.Fulfilment;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>
/// Everything Pantein Extra holds on one person, as the access right (Art. 15(1) and (3)) requires it: the data per
/// kind with purpose, legal basis, source and retention; each processing that applies with its categories, recipients,
/// processors and transfers outside the EEA; who received the data; the person's rights (fixed in
/// <see cref="AccessReportText"/>); and when staff consulted it. Purposes, bases and retention come from the register
/// and the retention policies, never from the report itself, so the three cannot disagree.
/// </summary>
public sealed record AccessReport(
    int RequestNumber,
    string PersonName,
    string MemberNumber,
    DateOnly GeneratedOn,
    LetterSender Sender,
    IReadOnlyList<AccessReportSection> Sections,
    IReadOnlyList<AccessReportProcessing> Processing,
    IReadOnlyList<AccessReportOtherActivity> OtherActivities,
    IReadOnlyList<DataRecipient> Recipients,
    string ConsultationRetention,
    IReadOnlyList<AccessReportConsultation> Consultations,
    IReadOnlyList<string> RegisterGaps)
{
    /// <summary>The sections the person has data in, in the report's order.</summary>
    public IReadOnlyList<AccessReportSection> SectionsWithData => Sections.Where(s => s.Rows.Count > 0).ToList();

    /// <summary>The kinds of data we hold nothing of for this person, named in one sentence rather than as empty sections.</summary>
    public IReadOnlyList<string> KindsWithoutData =>
        Sections.Where(s => s.Rows.Count == 0).Select(s => char.ToLower(s.Title[0], Common.Dutch.Culture) + s.Title[1..]).ToList();

    /// <summary>How many times staff consulted or changed the data, over all groups.</summary>
    public int ConsultationCount => Consultations.Sum(c => c.Count);
}

/// <summary>What a feature holds of one kind, before the register has said why: the rows, and where to look the kind up.</summary>
/// <param name="RecordKind">The retention record kind (e.g. "call-note"): its policy gives the retention, the activities linked to that policy the purposes.</param>
/// <param name="Area">The part of the portal the data belongs to: its register activity is used when no activity is linked to the policy.</param>
public sealed record AccessReportData(string Title, string RecordKind, AuditArea Area, IReadOnlyList<AccessReportRow> Rows);

/// <summary>One kind of data, e.g. "Uw lidmaatschap, adres en contactgegevens", with what the register and the policy say of it.</summary>
public sealed record AccessReportSection(
    string Title,
    string Purpose,
    string LegalBasis,
    string Source,
    string Retention,
    IReadOnlyList<AccessReportRow> Rows);

public sealed record AccessReportRow(string Label, string Value);

/// <summary>A processing activity of the register that uses the person's data (Art. 15(1)(a) to (d), (g) and (2)).</summary>
public sealed record AccessReportProcessing(
    string Name,
    string Purposes,
    string LegalBasis,
    string DataCategories,
    string Source,
    string Retention,
    string Recipients,
    IReadOnlyList<AccessReportProcessor> Processors,
    string Transfers);

/// <summary>A processor that handles the data on our behalf (Art. 28), and where it is established.</summary>
public sealed record AccessReportProcessor(string Name, string Country, string Services);

/// <summary>A processing in the register in which the portal holds none of the person's data; named so the list is complete.</summary>
public sealed record AccessReportOtherActivity(string Name, string Purposes);

/// <summary>
/// Consultations of one day, by one role, for one purpose: "3 december 2026 · Klantcontact · telefonisch contact: lid
/// zelf · Huishouden geopend, Gespreksnotitie vastgelegd · 3 keer". The role, never which employee (CJEU C-579/21).
/// </summary>
public sealed record AccessReportConsultation(DateOnly Day, string Role, string Purpose, IReadOnlyList<string> What, int Count);

/// <summary>A feature's part of the access report. Who received the data comes from the <see cref="IRecipientSource"/>s.</summary>
public interface IAccessReportContributor
{
    int Order { get; }

    Task<IReadOnlyList<AccessReportData>> DataAsync(Data.PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct);
}
