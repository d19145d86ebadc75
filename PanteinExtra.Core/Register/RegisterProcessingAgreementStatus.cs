using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Referrals;

namespace PanteinExtra.Core.Register;

/// <summary>A service provider's processing-agreement status, read from the processor it is linked to in the register.</summary>
public sealed class RegisterProcessingAgreementStatus(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IProcessingAgreementStatus
{
    public async Task<ProcessingAgreementState> GetStatusAsync(Guid? processorId, CancellationToken ct = default)
    {
        if (processorId is null)
        {
            return ProcessingAgreementState.NotLinkedToRegister;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var processor = await db.Processors.AsNoTracking().Include(p => p.Agreements).SingleOrDefaultAsync(p => p.Id == processorId, ct);
        if (processor is null)
        {
            return ProcessingAgreementState.NotLinkedToRegister;
        }

        var status = ProcessorService.Status(processor, DutchTime.Today(clock));
        return status.State switch
        {
            AgreementState.Valid or AgreementState.ExpiringSoon => ProcessingAgreementState.Active,
            AgreementState.Missing when processor.Agreements.Count > 0 => ProcessingAgreementState.Expired,
            AgreementState.Missing => ProcessingAgreementState.NoAgreement,
        };
    }
}
