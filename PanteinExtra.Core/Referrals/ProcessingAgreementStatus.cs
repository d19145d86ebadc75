namespace PanteinExtra.Core.Referrals;

/// <summary>The processing-agreement (verwerkersovereenkomst) status of a service provider, as the register knows it.</summary>
public enum ProcessingAgreementState
{
    /// <summary>The provider has no <see cref="ServiceProvider.ProcessorId"/>: not linked to the processing register.</summary>
    [Display(Name = "niet gekoppeld aan het register")] NotLinkedToRegister,

    /// <summary>The processor is in the register without an agreement.</summary>
    [Display(Name = "geen verwerkersovereenkomst")] NoAgreement,
    [Display(Name = "verwerkersovereenkomst geldig")] Active,
    [Display(Name = "verwerkersovereenkomst verlopen")] Expired,
}

/// <summary>
/// Reads a processor's agreement status from the processing register (implemented by the register feature).
/// </summary>
public interface IProcessingAgreementStatus
{
    Task<ProcessingAgreementState> GetStatusAsync(Guid? processorId, CancellationToken ct = default);
}
