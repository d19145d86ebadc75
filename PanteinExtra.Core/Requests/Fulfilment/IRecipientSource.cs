namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>A recipient the person's data was shared with (Art. 19), as a feature's disclosure records know it.</summary>
public sealed record DataRecipient(string Name, string SharedWhat, DateOnly? SharedOn);

/// <summary>A feature that shares data with others tells who received a person's data.</summary>
public interface IRecipientSource
{
    Task<IReadOnlyList<DataRecipient>> RecipientsAsync(Guid householdId, Guid personId, CancellationToken ct);
}
