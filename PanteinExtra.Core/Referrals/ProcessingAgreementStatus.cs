namespace PanteinExtra.Core.Referrals;

/// <summary>The processing-agreement (verwerkersovereenkomst) status of a service provider, as the register knows it.</summary>
public enum ProcessingAgreementState
{
    /// <summary>The provider has no <see cref="ServiceProvider.ProcessorId"/>: not linked to the processing register.</summary>
    NotLinkedToRegister,

    /// <summary>Linked, but no processing register is available in this build to look the agreement up.</summary>
    RegisterUnavailable,

    /// <summary>The processor is in the register without an agreement.</summary>
    NoAgreement,

    Active,

    Expired,
}

/// <summary>
/// Reads a processor's agreement status from the processing register. The register feature supplies the real
/// implementation; until then <see cref="UnlinkedProcessingAgreementStatus"/> answers.
/// </summary>
public interface IProcessingAgreementStatus
{
    Task<ProcessingAgreementState> GetStatusAsync(Guid? processorId, CancellationToken ct = default);
}

/// <summary>
/// MERGE SEAM: the answer while this build has no processing register. It says "not linked" when no processor is
/// set and "register unavailable" otherwise; it never claims an agreement exists. The register's implementation
/// replaces it: it is registered with TryAdd, so an <c>AddScoped&lt;IProcessingAgreementStatus, ...&gt;</c> in the
/// register's DI extension wins whatever the order.
/// </summary>
public sealed class UnlinkedProcessingAgreementStatus : IProcessingAgreementStatus
{
    public Task<ProcessingAgreementState> GetStatusAsync(Guid? processorId, CancellationToken ct = default) =>
        Task.FromResult(processorId is null ? ProcessingAgreementState.NotLinkedToRegister : ProcessingAgreementState.RegisterUnavailable);
}

public static class ProcessingAgreementStates
{
    public static string DutchName(ProcessingAgreementState state) => state switch
    {
        ProcessingAgreementState.NotLinkedToRegister => "niet gekoppeld aan het register",
        ProcessingAgreementState.RegisterUnavailable => "register niet beschikbaar",
        ProcessingAgreementState.NoAgreement => "geen verwerkersovereenkomst",
        ProcessingAgreementState.Active => "verwerkersovereenkomst geldig",
        ProcessingAgreementState.Expired => "verwerkersovereenkomst verlopen",
    };
}
