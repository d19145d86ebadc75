using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Consent;

/// <summary>A purpose with all its wordings, newest first, and the register activity it is asked for, for the administrators' page.</summary>
public sealed record ConsentPurposeDetails(
    Guid Id, string Code, string Name, ConsentPurposeKind Kind, bool IsActive, int CurrentVersion, Guid ConcurrencyStamp,
    IReadOnlyList<ConsentPurposeVersion> Versions, Guid? ActivityId = null)
{
    public string CurrentWording => Versions.First(v => v.Version == CurrentVersion).Wording;
}

/// <summary>Administrators manage the purposes consent is asked for and their versioned wording.</summary>
public sealed class ConsentPurposeService(
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

    public async Task<Result<ConsentPurposeDetails>> CreateAsync(ConsentPurposeInput input, CancellationToken ct = default)
    {
        if (await CheckAsync(AuditAction.Create, input, ct) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = input.NormalisedCode;
        if (await db.ConsentPurposes.AnyAsync(p => p.Code == code, ct))
        {
            return Result.Invalid(nameof(ConsentPurposeInput.Code), "Deze code is al in gebruik.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var purpose = new ConsentPurpose { Code = code, Name = input.Name!.Trim(), Kind = input.Kind, CreatedAtUtc = now };
        purpose.AddWording(input.Wording!, now, user.DisplayName);
        db.ConsentPurposes.Add(purpose);
        await db.SaveChangesAsync(ct);
        return Result.Ok(Details(purpose), "Doel toegevoegd.");
    }

    /// <summary>A changed wording becomes the next version; consents already given keep theirs.</summary>
    public async Task<Result<ConsentPurposeDetails>> ChangeWordingAsync(Guid purposeId, PurposeWordingInput input, CancellationToken ct = default)
    {
        if (await CheckAsync(AuditAction.Update, input, ct) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var purpose = await LoadAsync(db, purposeId, ct);
        if (purpose.CurrentWording == input.Wording!.Trim())
        {
            return Result.Invalid(nameof(PurposeWordingInput.Wording), "De tekst is niet gewijzigd.");
        }

        var version = purpose.AddWording(input.Wording, clock.GetUtcNow().UtcDateTime, user.DisplayName);
        db.ConsentPurposeVersions.Add(version);
        return await SaveAsync(db, purpose, input.ConcurrencyStamp, $"Versie {version.Version} opgeslagen.", ct);
    }

    /// <summary>Stop or resume asking for a purpose.</summary>
    public async Task<Result<ConsentPurposeDetails>> SetActiveAsync(
        Guid purposeId, Guid concurrencyStamp, bool active, CancellationToken ct = default)
    {
        await guard.RequireAsync(ConsentEventTypes.PurposeManage, AuditAction.Update, Managers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var purpose = await LoadAsync(db, purposeId, ct);
        if (active)
        {
            purpose.Reactivate();
        }
        else
        {
            purpose.Retire();
        }

        return await SaveAsync(db, purpose, concurrencyStamp, active ? "Het doel wordt weer gevraagd." : "Het doel wordt niet meer gevraagd.", ct);
    }

    /// <summary>The register's activities a purpose can be linked to (names only, no personal data).</summary>
    public async Task<IReadOnlyList<Breaches.ActivityChoice>> ActivityChoicesAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(ConsentEventTypes.PurposeList, AuditAction.View, Roles.All, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ProcessingActivities.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new Breaches.ActivityChoice(a.Id, a.Name)).ToListAsync(ct);
    }

    /// <summary>
    /// Links the purpose to the register activity it is asked for (or, null, to none): from then on its consent receipts
    /// name that activity's storage locations, processors and transfers.
    /// </summary>
    public async Task<Result<ConsentPurposeDetails>> LinkActivityAsync(
        Guid purposeId, Guid concurrencyStamp, Guid? activityId, CancellationToken ct = default)
    {
        await guard.RequireAsync(ConsentEventTypes.PurposeManage, AuditAction.Update, Managers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var purpose = await LoadAsync(db, purposeId, ct);
        string? name = null;
        if (activityId is { } id)
        {
            name = await db.ProcessingActivities.Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(ct);
            if (name is null)
            {
                return Result.Invalid(nameof(ConsentPurposeDetails.ActivityId), "Kies een verwerking uit het register.");
            }
        }

        purpose.LinkToActivity(activityId);
        return await SaveAsync(
            db, purpose, concurrencyStamp,
            name is null ? "Het doel is aan geen verwerking meer gekoppeld." : $"Het doel hoort nu bij de verwerking \"{name}\".", ct);
    }

    /// <summary>Every command's preamble: the role (audited by the guard), then the input's field rules.</summary>
    private async Task<Result?> CheckAsync(AuditAction action, object input, CancellationToken ct)
    {
        await guard.RequireAsync(ConsentEventTypes.PurposeManage, action, Managers, ct);
        return InputRules.Validate(input);
    }

    private static async Task<ConsentPurpose> LoadAsync(PortalDbContext db, Guid purposeId, CancellationToken ct) =>
        await db.ConsentPurposes.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == purposeId, ct)
            ?? throw new NotFoundException("Toestemmingsdoel", purposeId);

    private static async Task<Result<ConsentPurposeDetails>> SaveAsync(
        PortalDbContext db, ConsentPurpose purpose, Guid basedOn, string savedMessage, CancellationToken ct)
    {
        var saved = await db.SaveUnlessChangedSinceAsync(purpose, basedOn, savedMessage, ct);
        return saved.Succeeded ? Result.Ok(Details(purpose), saved.Message) : saved;
    }

    private static ConsentPurposeDetails Details(ConsentPurpose p) => new(
        p.Id, p.Code, p.Name, p.Kind, p.IsActive, p.CurrentVersion, p.ConcurrencyStamp,
        p.Versions.OrderByDescending(v => v.Version).ToList(), p.ActivityId);
}
