using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Consent;

/// <summary>Input for a new consent purpose: its first wording is version 1.</summary>
public sealed record NewConsentPurpose(string Code, string Name, ConsentPurposeKind Kind, string Wording);

/// <summary>A purpose with all its wordings, newest first, for the administrators' page.</summary>
public sealed record ConsentPurposeDetails(
    Guid Id, string Code, string Name, ConsentPurposeKind Kind, bool IsActive, int CurrentVersion, Guid ConcurrencyStamp,
    IReadOnlyList<ConsentPurposeVersion> Versions)
{
    public string CurrentWording => Versions.First(v => v.Version == CurrentVersion).Wording;
}

/// <summary>Administrators manage the purposes consent is asked for and their versioned wording.</summary>
public sealed partial class ConsentPurposeService(
    IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, ICurrentUser user, TimeProvider clock)
{
    private static readonly string[] Managers = [Roles.Administrator];

    /// <summary>The purposes with their wordings. Not personal data; every staff role may read them.</summary>
    public async Task<IReadOnlyList<ConsentPurposeDetails>> ListAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(ConsentEventTypes.PurposeList, AuditAction.View, Roles.All, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var purposes = await ConsentService.LoadPurposesAsync(db, ct);
        return purposes.Select(Details).ToList();
    }

    public async Task<OperationResult<ConsentPurposeDetails>> CreateAsync(NewConsentPurpose input, CancellationToken ct = default)
    {
        await guard.RequireAsync(ConsentEventTypes.PurposeManage, AuditAction.Create, Managers, ct);
        var errors = new Dictionary<string, string>();
        var code = input.Code?.Trim().ToLowerInvariant() ?? "";
        if (!CodePattern().IsMatch(code))
        {
            errors[nameof(NewConsentPurpose.Code)] = "Gebruik 3 tot 60 kleine letters, cijfers en streepjes (bijv. nieuwsbrief).";
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 120)
        {
            errors[nameof(NewConsentPurpose.Name)] = "Vul een naam in van hoogstens 120 tekens.";
        }

        if (WordingError(input.Wording) is { } wordingError)
        {
            errors[nameof(NewConsentPurpose.Wording)] = wordingError;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (errors.Count == 0 && await db.ConsentPurposes.AnyAsync(p => p.Code == code, ct))
        {
            errors[nameof(NewConsentPurpose.Code)] = "Deze code is al in gebruik.";
        }

        if (errors.Count > 0)
        {
            return OperationResult<ConsentPurposeDetails>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var purpose = new ConsentPurpose { Code = code, Name = input.Name.Trim(), Kind = input.Kind, CreatedAtUtc = now };
        purpose.AddWording(input.Wording, now, user.DisplayName);
        db.Add(purpose);
        await db.SaveChangesAsync(ct);
        return OperationResult<ConsentPurposeDetails>.Ok(Details(purpose));
    }

    /// <summary>A changed wording becomes the next version; consents already given keep theirs.</summary>
    public async Task<OperationResult<ConsentPurposeDetails>> ChangeWordingAsync(
        Guid purposeId, Guid concurrencyStamp, string wording, CancellationToken ct = default)
    {
        await guard.RequireAsync(ConsentEventTypes.PurposeManage, AuditAction.Update, Managers, ct);
        if (WordingError(wording) is { } error)
        {
            return OperationResult<ConsentPurposeDetails>.Fail("Wording", error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var purpose = await LoadForChangeAsync(db, purposeId, concurrencyStamp, ct);
        if (purpose is null)
        {
            return Concurrent();
        }

        if (purpose.Versions.First(v => v.Version == purpose.CurrentVersion).Wording == wording.Trim())
        {
            return OperationResult<ConsentPurposeDetails>.Fail("Wording", "De tekst is niet gewijzigd.");
        }

        var version = purpose.AddWording(wording, clock.GetUtcNow().UtcDateTime, user.DisplayName);
        db.Add(version);
        return await SaveAsync(db, purpose, ct);
    }

    public async Task<OperationResult<ConsentPurposeDetails>> SetActiveAsync(
        Guid purposeId, Guid concurrencyStamp, bool active, CancellationToken ct = default)
    {
        await guard.RequireAsync(ConsentEventTypes.PurposeManage, AuditAction.Update, Managers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var purpose = await LoadForChangeAsync(db, purposeId, concurrencyStamp, ct);
        if (purpose is null)
        {
            return Concurrent();
        }

        if (active)
        {
            purpose.Reactivate();
        }
        else
        {
            purpose.Retire();
        }

        return await SaveAsync(db, purpose, ct);
    }

    private static async Task<ConsentPurpose?> LoadForChangeAsync(PortalDbContext db, Guid purposeId, Guid stamp, CancellationToken ct)
    {
        var purpose = await db.ConsentPurposes.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == purposeId, ct)
            ?? throw new NotFoundException("Toestemmingsdoel", purposeId);
        return purpose.ConcurrencyStamp == stamp ? purpose : null;
    }

    private static async Task<OperationResult<ConsentPurposeDetails>> SaveAsync(PortalDbContext db, ConsentPurpose purpose, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return OperationResult<ConsentPurposeDetails>.Ok(Details(purpose));
        }
        catch (DbUpdateConcurrencyException)
        {
            return Concurrent();
        }
    }

    private static OperationResult<ConsentPurposeDetails> Concurrent() => OperationResult<ConsentPurposeDetails>.Fail(
        OperationResult<ConsentPurposeDetails>.General, "Iemand anders heeft dit doel intussen gewijzigd. Laad de pagina opnieuw.");

    private static string? WordingError(string? wording) =>
        string.IsNullOrWhiteSpace(wording) || wording.Trim().Length < 20 || wording.Trim().Length > 4000
            ? "De tekst die het lid hoort of leest: tussen 20 en 4000 tekens."
            : null;

    private static ConsentPurposeDetails Details(ConsentPurpose p) => new(
        p.Id, p.Code, p.Name, p.Kind, p.IsActive, p.CurrentVersion, p.ConcurrencyStamp,
        p.Versions.OrderByDescending(v => v.Version).ToList());

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,59}$")]
    private static partial Regex CodePattern();
}
