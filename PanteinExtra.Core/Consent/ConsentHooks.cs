using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Consent;

/// <summary>What a withdrawal changed elsewhere, for the agent to see at once.</summary>
public sealed record WithdrawalConsequence(string Kind, int Count, string Description);

/// <summary>
/// Something that must stop when consent is withdrawn (Art. 7(3)). Runs inside the withdrawal's own save, so the
/// withdrawal and all its effects are stored together or not at all. Features that rely on consent register one.
/// </summary>
public interface IConsentWithdrawalEffect
{
    Task<WithdrawalConsequence?> ApplyAsync(
        PortalDbContext db, ConsentPurpose purpose, ConsentEvent withdrawal, CancellationToken ct);
}

/// <summary>A party a person's data went to, for the consent receipt's recipients (27560 "recipient third parties").</summary>
public sealed record ConsentRecipient(Guid PartyId, string Name, string? Address, string? Email, string? Phone, string? Url);

/// <summary>Supplies the recipients of a person's data shared on consent of the given kind.</summary>
public interface IConsentRecipientSource
{
    Task<IReadOnlyList<ConsentRecipient>> RecipientsAsync(
        PortalDbContext db, Guid personId, ConsentPurposeKind kind, CancellationToken ct);
}
