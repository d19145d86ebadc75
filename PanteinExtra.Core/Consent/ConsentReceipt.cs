using System.Text.Json;
using System.Text.Json.Serialization;

namespace PanteinExtra.Core.Consent;

/// <summary>
/// A consent receipt: an authoritative copy of all of one person's consent records, structured after
/// ISO/IEC TS 27560:2023 (header, processing, parties, events). Field names are the standard's field names in
/// snake case; the mapping from our data is documented in docs/decisions/041-consent-receipt-iso-27560.md.
/// </summary>
public sealed record ConsentReceipt(
    string SchemaVersion,
    string ReceiptId,
    DateTime ReceiptTimestamp,
    string Language,
    string PiiPrincipalId,
    IReadOnlyList<ConsentReceiptParty> Parties,
    IReadOnlyList<ConsentReceiptRecord> Records);

/// <summary>One consent record: one person and one purpose, with every event in order.</summary>
public sealed record ConsentReceiptRecord(
    string SchemaVersion,
    string RecordId,
    string PiiPrincipalId,
    ConsentReceiptProcessing Processing,
    IReadOnlyList<ConsentReceiptEvent> Events,
    string CurrentState);

public sealed record ConsentReceiptProcessing(
    string PrivacyNotice,
    string Language,
    IReadOnlyList<ConsentReceiptPurpose> Purposes,
    IReadOnlyList<ConsentReceiptPii> PiiInformation,
    IReadOnlyList<string> PiiControllers,
    string CollectionMethod,
    IReadOnlyList<string> StorageLocations,
    string RetentionPeriod,
    string Jurisdiction,
    IReadOnlyList<string> RecipientThirdParties,
    string WithdrawalMethod,
    IReadOnlyList<string> PrivacyRights,
    string AuthorityParty,
    string? RegisterActivity,
    IReadOnlyList<string> PiiProcessors,
    IReadOnlyList<string> ThirdCountryTransfers);

/// <summary>
/// What the register says of the activity a consent purpose is linked to (<see cref="ConsentPurpose.ActivityId"/>): the
/// receipt's storage locations, processors and transfers outside the EEA are taken from it, never written twice; so is
/// the retention, as the <see cref="Retention.RetentionPolicy.Summary"/> of the policy the activity is linked to.
/// </summary>
public sealed record ConsentRegisterFacts(
    Guid ActivityId,
    int ActivityVersion,
    string ActivityName,
    IReadOnlyList<ConsentProcessor> Processors,
    bool? TransfersOutsideEea,
    string? TransferCountries,
    string? TransferSafeguards,
    string? Retention = null);

/// <summary>A processor of the register (a recipient under Art. 4(9), not a third party).</summary>
public sealed record ConsentProcessor(Guid Id, string Name, string Country, string? Email, string? Phone);

public sealed record ConsentReceiptPurpose(string Purpose, string PurposeType, string LawfulBasis, string PurposeCode);

public sealed record ConsentReceiptPii(string PiiType, bool PiiOptional);

public sealed record ConsentReceiptParty(
    string PartyId,
    string PartyName,
    string PartyType,
    string PartyRole,
    string? PartyAddress,
    string? PartyEmail,
    string? PartyUrl,
    string? PartyPhone,
    string? PartyContact);

/// <summary>
/// One event: given or withdrawn. The last four fields are extensions 27560 allows: how the decision reached us,
/// who recorded it, the wording version it was made on, and the wording itself.
/// </summary>
public sealed record ConsentReceiptEvent(
    DateTime EventTime,
    string ValidityDuration,
    string EntityId,
    string EventType,
    string EventState,
    string IndicationMethod,
    string RecordedBy,
    int NoticeVersion,
    string NoticeText,
    string? Note);

public static class ConsentReceiptJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ConsentReceipt receipt) => JsonSerializer.Serialize(receipt, Options);
}
