using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Referrals;

/// <summary>The catalogue of service providers: administrators manage it, every staff role may read it.</summary>
public sealed class ServiceProviderService(
    IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, IProcessingAgreementStatus agreements)
{
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

    public async Task<OperationResult<ServiceProviderView>> CreateAsync(ServiceProviderInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(ReferralEventTypes.ProviderManage, AuditAction.Create, Managers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = await ValidateAsync(db, input, null, ct);
        if (errors.Count > 0)
        {
            return OperationResult<ServiceProviderView>.Fail(errors);
        }

        var provider = new ServiceProvider { Name = input.Name.Trim(), Region = input.Region.Trim() };
        Apply(provider, input);
        db.Add(provider);
        await db.SaveChangesAsync(ct);
        return OperationResult<ServiceProviderView>.Ok(await ViewAsync(provider, ct));
    }

    public async Task<OperationResult<ServiceProviderView>> UpdateAsync(
        Guid id, Guid concurrencyStamp, ServiceProviderInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(ReferralEventTypes.ProviderManage, AuditAction.Update, Managers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var provider = await db.ServiceProviders.FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("Dienstverlener", id);
        var errors = await ValidateAsync(db, input, id, ct);
        if (errors.Count > 0)
        {
            return OperationResult<ServiceProviderView>.Fail(errors);
        }

        if (provider.ConcurrencyStamp != concurrencyStamp)
        {
            return Concurrent();
        }

        Apply(provider, input);
        provider.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Concurrent();
        }

        return OperationResult<ServiceProviderView>.Ok(await ViewAsync(provider, ct));
    }

    private static OperationResult<ServiceProviderView> Concurrent() => OperationResult<ServiceProviderView>.Fail(
        OperationResult<ServiceProviderView>.General, "Iemand anders heeft deze dienstverlener intussen gewijzigd. Laad de pagina opnieuw.");

    private static void Apply(ServiceProvider provider, ServiceProviderInput input)
    {
        provider.Name = input.Name.Trim();
        provider.Region = input.Region.Trim();
        provider.Services = CleanServices(input.Services);
        provider.ContactName = Blank(input.ContactName);
        provider.Phone = Blank(input.Phone);
        provider.Email = Blank(input.Email);
        provider.Website = Blank(input.Website);
        provider.SharedFields = input.SharedFields;
        provider.ProcessingAgreementApplies = input.ProcessingAgreementApplies;
        provider.ProcessorId = input.ProcessorId;
        provider.IsActive = input.IsActive;
    }

    private static async Task<Dictionary<string, string>> ValidateAsync(
        PortalDbContext db, ServiceProviderInput input, Guid? self, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 160)
        {
            errors[nameof(ServiceProviderInput.Name)] = "Vul een naam in van hoogstens 160 tekens.";
        }
        else
        {
            var name = input.Name.Trim();
            if (await db.ServiceProviders.AnyAsync(p => p.Name == name && p.Id != self, ct))
            {
                errors[nameof(ServiceProviderInput.Name)] = "Er is al een dienstverlener met deze naam.";
            }
        }

        if (CleanServices(input.Services).Count == 0)
        {
            errors[nameof(ServiceProviderInput.Services)] = "Noem ten minste één dienst.";
        }

        if (string.IsNullOrWhiteSpace(input.Region) || input.Region.Trim().Length > 120)
        {
            errors[nameof(ServiceProviderInput.Region)] = "Vul het werkgebied in (hoogstens 120 tekens).";
        }

        if (!input.SharedFields.HasFlag(SharedDataField.Name))
        {
            errors[nameof(ServiceProviderInput.SharedFields)] = "Zonder naam kan de dienstverlener het lid niet helpen: kies ten minste 'Naam'.";
        }

        if (Blank(input.Email) is { } email && (!email.Contains('@') || email.Length > 254))
        {
            errors[nameof(ServiceProviderInput.Email)] = "Dit is geen geldig e-mailadres.";
        }

        if (Blank(input.Phone) is { } phone && (phone.Length > 20 || !phone.All(c => char.IsDigit(c) || c is ' ' or '-' or '+')))
        {
            errors[nameof(ServiceProviderInput.Phone)] = "Een telefoonnummer bevat alleen cijfers, spaties, '-' of '+' (hoogstens 20 tekens).";
        }

        return errors;
    }

    private static List<string> CleanServices(IEnumerable<string>? services) =>
        (services ?? []).Select(s => s.Trim()).Where(s => s.Length is > 0 and <= 120).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<ServiceProviderView> ViewAsync(ServiceProvider p, CancellationToken ct) => new(
        p.Id, p.Name, p.Services, p.Region, p.ContactName, p.Phone, p.Email, p.Website, p.SharedFields,
        p.ProcessingAgreementApplies, p.ProcessorId, await agreements.GetStatusAsync(p.ProcessorId, ct), p.IsActive, p.ConcurrencyStamp);
}
