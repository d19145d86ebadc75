namespace PanteinExtra.Core.Referrals;

/// <summary>The processing-agreement (verwerkersovereenkomst) status of a service provider, as the register knows it.</summary>
public enum ProcessingAgreementState
{
    /// <summary>The provider has no <see cref="ServiceProvider.ProcessorId"/>: not linked to the processing register.</summary>
    NotLinkedToRegister,

    /// <summary>The processor is in the register without an agreement.</summary>
    NoAgreement,

    Active,

    Expired,
}

/// <summary>
/// Reads a processor's agreement status from the processing register (implemented by the register feature).
/// </summary>
public interface IProcessingAgreementStatus
{
    Task<ProcessingAgreementState> GetStatusAsync(Guid? processorId, CancellationToken ct = default);
}

public static class ProcessingAgreementStates
{
    public static string DutchName(ProcessingAgreementState state) => state switch
    {
        ProcessingAgreementState.NotLinkedToRegister => "niet gekoppeld aan het register",
        ProcessingAgreementState.NoAgreement => "geen verwerkersovereenkomst",
        ProcessingAgreementState.Active => "verwerkersovereenkomst geldig",
        ProcessingAgreementState.Expired => "verwerkersovereenkomst verlopen",
    };
}
