using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Referrals;

/// <summary>The catalogue of service providers: administrators manage it, every staff role may read it.</summary>
public sealed class ServiceProviderService(
    IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, IProcessingAgreementStatus agreements)
{
    private const string Saved = "Dienstverlener opgeslagen.";

    private static readonly string[] Managers = [Roles.Administrator];

    public async Task<IReadOnlyList<ServiceProviderView>> ListAsync(bool includeInactive = false, CancellationToken ct = default)
    {
        await guard.RequireAsync(ReferralEventTypes.ProviderList, AuditAction.View, Roles.All, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var providers = await db.ServiceProviders.AsNoTracking()
            .Where(p => includeInactive || p.IsActive).OrderBy(p => p.Name).ToListAsync(ct);
        var views = new List<ServiceProviderView>(providers.Count);
        foreach (var p in providers)
        {
            views.Add(await ViewAsync(p, ct));
        }

        return views;
    }

    public async Task<Result<ServiceProviderView>> CreateAsync(ServiceProviderInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await CheckAsync(db, AuditAction.Create, input, self: null, ct) is { } invalid)
        {
            return invalid;
        }

        var provider = ServiceProvider.Add(input);
        db.ServiceProviders.Add(provider);
        await db.SaveChangesAsync(ct);
        return Result.Ok(await ViewAsync(provider, ct), Saved);
    }

    /// <summary>Saves the administrator's revision, unless a colleague changed the provider since the screen was loaded.</summary>
    public async Task<Result<ServiceProviderView>> UpdateAsync(Guid id, ServiceProviderInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await CheckAsync(db, AuditAction.Update, input, self: id, ct) is { } invalid)
        {
            return invalid;
        }

        var provider = await db.ServiceProviders.FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("Dienstverlener", id);
        provider.Revise(input);
        var saved = await db.SaveUnlessChangedSinceAsync(provider, input.ConcurrencyStamp, Saved, ct);
        return saved.Succeeded ? Result.Ok(await ViewAsync(provider, ct), saved.Message) : saved;
    }

    /// <summary>Every command's preamble: the role (audited by the guard), the input's field rules, then a unique name.</summary>
    private async Task<Result?> CheckAsync(PortalDbContext db, AuditAction action, ServiceProviderInput input, Guid? self, CancellationToken ct)
    {
        await guard.RequireAsync(ReferralEventTypes.ProviderManage, action, Managers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var name = input.Name!.Trim();
        return await db.ServiceProviders.AnyAsync(p => p.Name == name && p.Id != self, ct)
            ? Result.Invalid(nameof(ServiceProviderInput.Name), "Er is al een dienstverlener met deze naam.")
            : null;
    }

    private async Task<ServiceProviderView> ViewAsync(ServiceProvider p, CancellationToken ct) => new(
        p.Id, p.Name, p.Services, p.Region, p.ContactName, p.Phone, p.Email, p.Website, p.SharedFields,
        p.ProcessingAgreementApplies, p.ProcessorId, await agreements.GetStatusAsync(p.ProcessorId, ct), p.IsActive, p.ConcurrencyStamp);
}
