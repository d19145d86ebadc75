namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>What a recipient of a person's data is to us: the notification task and the member are told which (Art. 19).</summary>
public enum RecipientKind
{
    [Display(Name = "dienstverlener/aanbieder")] ServiceProvider,
    [Display(Name = "zorgverzekeraar")] Insurer,
    [Display(Name = "verwerker")] Processor,
}

/// <summary>A recipient the person's data was shared with (Art. 19), as a feature's disclosure records know it.</summary>
public sealed record DataRecipient(string Name, string SharedWhat, DateOnly? SharedOn, RecipientKind Kind);

/// <summary>A feature that shares data with others tells who received a person's data.</summary>
public interface IRecipientSource
{
    /// <summary>What every recipient of this source is to us.</summary>
    RecipientKind Kind { get; }

    Task<IReadOnlyList<DataRecipient>> RecipientsAsync(Guid householdId, Guid personId, CancellationToken ct);
}
