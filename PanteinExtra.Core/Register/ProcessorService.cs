using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>Processors and their processing agreements, with the warnings the register gives about them.</summary>
public sealed class ProcessorService(IDbContextFactory<PortalDbContext> dbs, AccessGuard guard, TimeProvider clock)
{
    private const string Saved = "Verwerker opgeslagen.";

    public async Task<IReadOnlyList<ProcessorSummary>> ListAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.Search, RegisterAccess.Readers, ct);
        var today = DutchTime.Today(clock);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var processors = await db.Processors.AsNoTracking().Include(p => p.Agreements).OrderBy(p => p.Name).ToListAsync(ct);
        var counts = await db.ProcessingActivityProcessors.AsNoTracking()
            .GroupBy(l => l.ProcessorId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return processors
            .Select(p => new ProcessorSummary(p.Id, p.Name, p.Country, p.Services, Status(p, today), counts.GetValueOrDefault(p.Id)))
            .ToList();
    }

    /// <summary>Processors without a valid agreement, or whose agreement ends within 60 days.</summary>
    public async Task<IReadOnlyList<ProcessorSummary>> WarningsAsync(CancellationToken ct = default) =>
        (await ListAsync(ct)).Where(p => p.Agreement.IsWarning).ToList();

    public async Task<ProcessorView> GetAsync(Guid id, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.View, RegisterAccess.Readers, ct);
        var today = DutchTime.Today(clock);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var p = await db.Processors.AsNoTracking().Include(x => x.Agreements).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Verwerker", id);
        var linked = db.ProcessingActivityProcessors.Where(l => l.ProcessorId == id).Select(l => l.ActivityId);
        var activities = await db.ProcessingActivities.AsNoTracking()
            .Where(a => linked.Contains(a.Id))
            .OrderBy(a => a.Name)
            .Select(a => new ProcessorOption(a.Id, a.Name))
            .ToListAsync(ct);
        return new ProcessorView(
            p.Id,
            new ProcessorInput
            {
                Name = p.Name,
                ContactName = p.ContactName,
                ContactEmail = p.ContactEmail,
                ContactPhone = p.ContactPhone,
                Country = p.Country,
                Services = p.Services,
            },
            p.ConcurrencyStamp,
            Status(p, today),
            p.Agreements.OrderByDescending(a => a.SignedOn)
                .Select(a => new AgreementView(a.Id, a.SignedOn, a.ExpiresOn, a.DocumentReference, a.Scope)).ToList(),
            activities);
    }

    /// <summary>Creates (id null) or updates a processor; an update based on an older stamp is a conflict.</summary>
    public async Task<Result<Guid>> SaveAsync(Guid? id, ProcessorInput input, Guid basedOnStamp, CancellationToken ct = default)
    {
        await guard.RequireAsync(
            RegisterEventTypes.ProcessorEdit, id is null ? AuditAction.Create : AuditAction.Update, RegisterAccess.Editors, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var name = input.Name.Trim();
        if (await db.Processors.AnyAsync(p => p.Name == name && p.Id != id, ct))
        {
            return Result.Invalid(nameof(input.Name), "Er is al een verwerker met deze naam.");
        }

        var processor = id is null
            ? db.Processors.Add(new Processor()).Entity
            : await db.Processors.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Verwerker", id);
        processor.Describe(input.Name, input.Country, input.Services);
        processor.ChangeContact(input.ContactName, input.ContactEmail, input.ContactPhone);
        if (id is null)
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok(processor.Id, Saved);
        }

        var saved = await db.SaveUnlessChangedSinceAsync(processor, basedOnStamp, Saved, ct);
        return saved.Succeeded ? Result.Ok(processor.Id, saved.Message) : saved;
    }

    public async Task<Result> AddAgreementAsync(Guid processorId, AgreementInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.ProcessorEdit, AuditAction.Create, RegisterAccess.Editors, ct);
        if (AgreementRules.Validate(input, DutchTime.Today(clock)) is { Count: > 0 } errors)
        {
            return Result.Invalid(errors);
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.Processors.AnyAsync(p => p.Id == processorId, ct))
        {
            throw new NotFoundException("Verwerker", processorId);
        }

        db.ProcessingAgreements.Add(new ProcessingAgreement
        {
            ProcessorId = processorId,
            SignedOn = input.SignedOn!.Value,
            ExpiresOn = input.ExpiresOn,
            DocumentReference = input.DocumentReference.Trim(),
            Scope = input.Scope.Trim(),
        });
        await db.SaveChangesAsync(ct);
        return Result.Ok("Verwerkersovereenkomst opgeslagen.");
    }

    internal static AgreementStatus Status(Processor p, DateOnly today) =>
        AgreementRules.Evaluate(p.Agreements.Select(a => (a.SignedOn, a.ExpiresOn)), today);
}
