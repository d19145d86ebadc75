using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>Processors and their processing agreements, with the warnings the register gives about them.</summary>
public sealed class ProcessorService(IDbContextFactory<PortalDbContext> dbs, AccessGuard guard, TimeProvider clock)
{
    private const string ConflictText =
        "Deze verwerker is intussen door iemand anders gewijzigd. Uw invoer staat nog in het formulier; herlaad de pagina om de nieuwe stand te zien.";

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

    /// <summary>Creates (id null) or updates a processor; an update based on an older stamp is refused.</summary>
    public async Task<FormResult> SaveAsync(Guid? id, ProcessorInput input, Guid basedOnStamp, CancellationToken ct = default)
    {
        await guard.RequireAsync(
            RegisterEventTypes.ProcessorEdit, id is null ? AuditAction.Create : AuditAction.Update, RegisterAccess.Editors, ct);
        var errors = new Dictionary<string, string>(ProcessorRules.Validate(input));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var name = input.Name.Trim();
        if (errors.Count == 0 && await db.Processors.AnyAsync(p => p.Name == name && p.Id != id, ct))
        {
            errors[nameof(input.Name)] = "Er is al een verwerker met deze naam.";
        }

        if (errors.Count > 0)
        {
            return FormResult.Invalid(errors);
        }

        Processor processor;
        if (id is null)
        {
            processor = new Processor { Name = name, Country = input.Country.Trim(), Services = input.Services.Trim() };
            db.Add(processor);
        }
        else
        {
            processor = await db.Processors.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Verwerker", id);
            if (processor.ConcurrencyStamp != basedOnStamp)
            {
                return FormResult.Conflicted(ConflictText);
            }
        }

        processor.Name = name;
        processor.ContactName = Trim(input.ContactName);
        processor.ContactEmail = Trim(input.ContactEmail);
        processor.ContactPhone = Trim(input.ContactPhone);
        processor.Country = input.Country.Trim();
        processor.Services = input.Services.Trim();
        processor.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FormResult.Conflicted(ConflictText);
        }

        return FormResult.Saved(processor.Id);
    }

    public async Task<FormResult> AddAgreementAsync(Guid processorId, AgreementInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.ProcessorEdit, AuditAction.Create, RegisterAccess.Editors, ct);
        var errors = ProcessorRules.Validate(input, DutchTime.Today(clock));
        if (errors.Count > 0)
        {
            return FormResult.Invalid(errors);
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.Processors.AnyAsync(p => p.Id == processorId, ct))
        {
            throw new NotFoundException("Verwerker", processorId);
        }

        var agreement = new ProcessingAgreement
        {
            ProcessorId = processorId,
            SignedOn = input.SignedOn!.Value,
            ExpiresOn = input.ExpiresOn,
            DocumentReference = input.DocumentReference.Trim(),
            Scope = input.Scope.Trim(),
        };
        db.Add(agreement);
        await db.SaveChangesAsync(ct);
        return FormResult.Saved(agreement.Id);
    }

    internal static AgreementStatus Status(Processor p, DateOnly today) =>
        AgreementRules.Evaluate(p.Agreements.Select(a => (a.SignedOn, a.ExpiresOn)), today);

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
