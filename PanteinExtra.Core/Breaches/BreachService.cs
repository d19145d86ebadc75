using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// The breach register. Every signed-in employee reports and sees only their own reports; only the FG assesses,
/// decides, sees the register and exports. Every step is a new version of the file (append-only history), and
/// every read and write is audited with "datalek #N" as the purpose of use.
/// </summary>
public sealed partial class BreachService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    ICurrentUser user,
    TimeProvider clock)
{
    internal static readonly string[] Reporters = [.. Roles.All];
    internal static readonly string[] Officers = [Roles.PrivacyOfficer];

    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    internal static string PurposeOf(int number) => $"datalek #{number}";

    public async Task<Result<int>> ReportAsync(ReportBreachInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(BreachEventTypes.Report, AuditAction.Create, Reporters, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var discovered = DutchTime.ToUtc(input.DiscoveredAt!.Value);
        if (discovered > now.AddMinutes(5))
        {
            return Result.Invalid(nameof(ReportBreachInput.DiscoveredAt), "Het moment van ontdekken ligt in de toekomst.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = (await db.Breaches.MaxAsync(b => (int?)b.Number, ct) ?? 0) + 1;
        var breach = Breach.Report(
            number, user.UserId, user.DisplayName, now, discovered, input.WhatHappened!.Trim(), Clean(input.DataAndPersons));
        breach.Touch(now);
        db.Breaches.Add(breach);
        db.BreachVersions.Add(VersionOf(breach, BreachStep.Reported, null));
        using var purpose = auditContext.BeginPurpose(PurposeOf(number));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Result.Ok(number, $"Datalek #{number} is gemeld bij de FG. Dank u wel: de FG neemt het direct in behandeling.");
    }

    /// <summary>The reporter's own reports (nobody else's).</summary>
    public async Task<IReadOnlyList<MyReport>> MineAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(BreachEventTypes.Mine, AuditAction.View, Reporters, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Breaches.AsNoTracking().Where(b => b.ReportedByUserId == user.UserId)
            .OrderByDescending(b => b.Number)
            .Select(b => new MyReport(b.Number, b.AwareAtUtc, b.WhatHappened, b.Status))
            .ToListAsync(ct);
        await audit.RecordAsync(new AuditRecord(BreachEventTypes.Mine, AuditAction.View) { Details = Count(rows.Count) }, ct);
        return rows;
    }

    /// <summary>The register: every breach, notified or not, newest first; optionally only the open ones.</summary>
    public async Task<IReadOnlyList<BreachSummary>> RegisterAsync(bool openOnly = false, CancellationToken ct = default)
    {
        await guard.RequireAsync(BreachEventTypes.Register, AuditAction.Search, Officers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Breaches.AsNoTracking();
        if (openOnly)
        {
            query = query.Where(b => b.Status != BreachStatus.Closed);
        }

        var rows = await query.OrderByDescending(b => b.Number).ToListAsync(ct);
        await audit.RecordAsync(new AuditRecord(BreachEventTypes.Register, AuditAction.Search) { Details = Count(rows.Count) }, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.Select(b => Summarise(b, now)).ToList();
    }

    public async Task<BreachDetails> GetAsync(int number, CancellationToken ct = default)
    {
        await guard.RequireAsync(BreachEventTypes.View, AuditAction.View, Officers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var breach = await db.Breaches.AsNoTracking().SingleOrDefaultAsync(b => b.Number == number, ct)
            ?? throw new NotFoundException("Datalek", number);
        var affected = await AffectedRowsAsync(db, breach.Id, ct);
        var persons = await AffectedPersonsAsync(db, breach.Id, ct);
        var measures = await db.BreachMeasures.AsNoTracking().Where(m => m.BreachId == breach.Id).OrderBy(m => m.DueOn)
            .Select(m => new MeasureRow(m.Id, m.Description, m.Owner, m.DueOn, m.DoneOn)).ToListAsync(ct);
        var letters = await db.BreachLetters.AsNoTracking().Where(l => l.BreachId == breach.Id).OrderBy(l => l.AddressedTo)
            .Select(l => new LetterRow(l.Id, l.HouseholdId, l.AddressedTo, l.Text, l.SentOn, l.SentByName)).ToListAsync(ct);
        var history = await db.BreachVersions.AsNoTracking().Where(v => v.BreachId == breach.Id).OrderBy(v => v.Version)
            .Select(v => new VersionRow(v.Version, v.AtUtc, v.Step, v.Status, v.ByName, v.Note)).ToListAsync(ct);
        var activities = await db.ProcessingActivities.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        var suggested = BreachCategories.FromActivities(activities.Where(a => breach.ActivityIds.Contains(a.Id)));
        using var purpose = auditContext.BeginPurpose(PurposeOf(number));
        await audit.RecordAsync(Read(BreachEventTypes.View, AuditAction.View, breach, affected.Count), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return new BreachDetails(
            BreachFile.From(breach), ClockOf(breach, now), BreachFileInput.From(breach), affected, persons, measures, letters, history,
            activities.Select(a => new ActivityChoice(a.Id, a.Name)).ToList(), suggested);
    }

    /// <summary>The file as it stood at the end of a Dutch calendar date (null when the breach was not yet reported).</summary>
    public async Task<BreachFile?> AsOfAsync(int number, DateOnly date, CancellationToken ct = default)
    {
        await guard.RequireAsync(BreachEventTypes.View, AuditAction.View, Officers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var breach = await db.Breaches.AsNoTracking().SingleOrDefaultAsync(b => b.Number == number, ct)
            ?? throw new NotFoundException("Datalek", number);
        var endUtc = DutchTime.StartOfDayUtc(date.AddDays(1));
        var snapshot = await db.BreachVersions.AsNoTracking()
            .Where(v => v.BreachId == breach.Id && v.AtUtc < endUtc)
            .OrderByDescending(v => v.Version).Select(v => v.Snapshot).FirstOrDefaultAsync(ct);
        await audit.RecordAsync(Read(BreachEventTypes.View, AuditAction.View, breach, null) with { Details = new Dictionary<string, object?> { ["asOf"] = date.ToString("yyyy-MM-dd") } }, ct);
        return snapshot is null ? null : JsonSerializer.Deserialize<BreachFile>(snapshot, SnapshotJson);
    }

    /// <summary>Saves the file; a register activity touched for the first time adds its data categories (pre-fill).</summary>
    public async Task<Result> UpdateFileAsync(int number, BreachFileInput input, CancellationToken ct = default)
    {
        var touched = BreachDataCategory.None;
        if (input.ActivityIds.Count > 0)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var before = await db.Breaches.AsNoTracking().Where(b => b.Number == number).Select(b => b.ActivityIds).SingleOrDefaultAsync(ct) ?? [];
            var added = input.ActivityIds.Except(before).ToList();
            touched = BreachCategories.FromActivities(await db.ProcessingActivities.AsNoTracking().Where(a => added.Contains(a.Id)).ToListAsync(ct));
        }

        return await ChangeAsync(number, input.ConcurrencyStamp, input, BreachStep.Assessed, "Het dossier is opgeslagen.", (b, now) =>
        {
            var cleaned = Cleaned(input);
            cleaned.DataCategories |= touched;
            return (b.UpdateFile(cleaned, now), b.Band is { } band ? $"Ernst: {band.Label()}" : null);
        }, ct);
    }

    public Task<Result> DecideNotToNotifyAsync(int number, NotNotifyInput input, CancellationToken ct = default) =>
        ChangeAsync(number, input.ConcurrencyStamp, input, BreachStep.DecidedNotToNotify, "Het besluit om niet te melden is vastgelegd.",
            (b, now) => (b.DecideNotToNotify(input.Reasoning!.Trim(), now), input.Reasoning!.Trim()), ct);

    public Task<Result> RecordNotificationAsync(int number, NotificationInput input, CancellationToken ct = default) =>
        ChangeAsync(number, input.ConcurrencyStamp, input, BreachStep.Notified, "De melding bij de AP is vastgelegd.", (b, now) =>
        {
            var at = DutchTime.ToUtc(input.NotifiedAt!.Value);
            if (at > now.AddMinutes(5))
            {
                return ("Het moment van melden ligt in de toekomst.", null);
            }

            if (BreachClock.IsLate(b.AwareAtUtc, at) && string.IsNullOrWhiteSpace(input.DelayReason))
            {
                return ("De melding is later dan 72 uur na het bekend worden: vermeld de reden van de vertraging (art. 33 lid 1 AVG).", null);
            }

            return (b.RecordNotification(input.ApReference!.Trim(), at, Clean(input.Reasoning), Clean(input.DelayReason), now),
                $"Meldnummer {input.ApReference!.Trim()}");
        }, ct);

    public Task<Result> SupplementNotificationAsync(int number, NotificationStepInput input, CancellationToken ct = default) =>
        ChangeAsync(number, input.ConcurrencyStamp, input, BreachStep.Supplemented, "De aanvulling op de melding is vastgelegd.",
            (b, now) => (b.Supplement(now), input.Text!.Trim()), ct);

    public Task<Result> WithdrawNotificationAsync(int number, NotificationStepInput input, CancellationToken ct = default) =>
        ChangeAsync(number, input.ConcurrencyStamp, input, BreachStep.Withdrawn, "De intrekking van de melding is vastgelegd.",
            (b, now) => (b.Withdraw(input.Text!.Trim(), now), input.Text!.Trim()), ct);

    public Task<Result> DecideMemberInformationAsync(int number, MemberInformationInput input, CancellationToken ct = default) =>
        ChangeAsync(number, input.ConcurrencyStamp, input, BreachStep.MemberInformationDecided, "Het besluit over het informeren van de leden is vastgelegd.",
            (b, now) =>
            {
                if (input.Decision == MemberInformation.NoHighRisk && b.Band is { } band && EnisaScore.IsHighRisk(band))
                {
                    return ($"De ernst is '{band.Label()}': kies informeren of een uitzondering van art. 34 lid 3 AVG.", null);
                }

                return (b.DecideMemberInformation(input.Decision!.Value, input.Reasoning!.Trim(), Clean(input.PublicNotice), input.InformedOn, now),
                    input.Decision!.Value.CapitalisedLabel());
            }, ct);

    public async Task<Result> AddMeasureAsync(int number, MeasureInput input, CancellationToken ct = default)
    {
        return await ChangeAsync(number, null, input, BreachStep.MeasureRecorded, "De maatregel is vastgelegd.", (b, now) =>
        {
            if (!b.IsOpen)
            {
                return ("Een afgesloten datalek kan niet meer worden gewijzigd.", null);
            }

            b.Touch(now);
            return (null, input.Description!.Trim());
        }, ct, (db, b) =>
        {
            db.BreachMeasures.Add(new BreachMeasure
            {
                BreachId = b.Id,
                Description = input.Description!.Trim(),
                Owner = input.Owner!.Trim(),
                DueOn = input.DueOn!.Value,
                RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            return Task.FromResult<string?>(null);
        });
    }

    public async Task<Result> MarkMeasureDoneAsync(int number, Guid measureId, CancellationToken ct = default)
    {
        var today = DutchTime.Today(clock);
        return await ChangeAsync(number, null, null, BreachStep.MeasureRecorded, "De maatregel is afgerond.", (b, now) =>
        {
            b.Touch(now);
            return (null, "Maatregel afgerond");
        }, ct, async (db, b) =>
        {
            var measure = await db.BreachMeasures.SingleOrDefaultAsync(m => m.Id == measureId && m.BreachId == b.Id, ct)
                ?? throw new NotFoundException("Maatregel", measureId);
            measure.MarkDone(today);
            return null;
        });
    }

    public async Task<Result> CloseAsync(int number, Guid concurrencyStamp, CancellationToken ct = default)
    {
        await using var probe = await dbFactory.CreateDbContextAsync(ct);
        var measures = await probe.BreachMeasures.CountAsync(m => probe.Breaches.Any(b => b.Id == m.BreachId && b.Number == number), ct);
        return await ChangeAsync(number, concurrencyStamp, null, BreachStep.Closed, "Het datalek is afgesloten.",
            (b, now) => (b.Close(measures, now), null), ct);
    }

    /// <summary>
    /// Every change, once: the FG's role, the input's rules, load, the entity's rule, a new version with the file as
    /// it now stands, and save only when nobody saved in between.
    /// </summary>
    internal async Task<Result> ChangeAsync(
        int number,
        Guid? basedOn,
        object? input,
        BreachStep step,
        string saved,
        Func<Breach, DateTime, (string? Refusal, string? Note)> change,
        CancellationToken ct,
        Func<PortalDbContext, Breach, Task<string?>>? alsoDo = null)
    {
        await guard.RequireAsync(BreachEventTypes.Change, AuditAction.Update, Officers, ct);
        if (input is not null && InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var breach = await db.Breaches.SingleOrDefaultAsync(b => b.Number == number, ct);
        if (breach is null)
        {
            return Result.NotFound($"Datalek #{number} bestaat niet.");
        }

        using var purpose = auditContext.BeginPurpose(PurposeOf(number));
        var (refusal, note) = change(breach, clock.GetUtcNow().UtcDateTime);
        if (refusal is not null)
        {
            await audit.RecordAsync(Read(BreachEventTypes.Change, AuditAction.Update, breach, null) with { Outcome = AuditOutcome.Denied }, ct);
            return Result.Refused(refusal);
        }

        if (alsoDo is not null && await alsoDo(db, breach) is { } refused)
        {
            await audit.RecordAsync(Read(BreachEventTypes.Change, AuditAction.Update, breach, null) with { Outcome = AuditOutcome.Denied }, ct);
            return Result.Refused(refused);
        }

        db.BreachVersions.Add(VersionOf(breach, step, note));
        if (basedOn is { } stamp)
        {
            return await db.SaveUnlessChangedSinceAsync(breach, stamp, saved, ct);
        }

        breach.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return Result.Ok(saved);
    }

    internal BreachVersion VersionOf(Breach breach, BreachStep step, string? note) =>
        VersionOf(breach, step, user.UserId, user.DisplayName, note);

    /// <summary>The version row of a step: the file as it now stands, serialised (also used by the demo data).</summary>
    public static BreachVersion VersionOf(Breach breach, BreachStep step, string byUserId, string byName, string? note) => new()
    {
        BreachId = breach.Id,
        Version = breach.Version,
        AtUtc = breach.UpdatedAtUtc,
        Step = step,
        Status = breach.Status,
        ByUserId = byUserId,
        ByName = byName,
        Note = note is null ? null : note.Length > BreachLimits.Text ? note[..BreachLimits.Text] : note,
        Snapshot = JsonSerializer.Serialize(BreachFile.From(breach), SnapshotJson),
    };

    internal static BreachClockState ClockOf(Breach b, DateTime nowUtc) =>
        BreachClock.State(b.AwareAtUtc, nowUtc, b.NotifiedAtUtc, stopped: b.Status is BreachStatus.NotNotified or BreachStatus.Closed);

    internal static BreachSummary Summarise(Breach b, DateTime nowUtc) => new(
        b.Id, b.Number, b.Status, b.AwareAtUtc, b.ReportedByName, b.Summary ?? b.WhatHappened, b.Band, b.PersonsMax, b.ApReference,
        b.NotifiedAtUtc, ClockOf(b, nowUtc), b.MemberInformation, b.ClosedAtUtc);

    internal static AuditRecord Read(string eventType, AuditAction action, Breach breach, int? affected) => new(eventType, action)
    {
        TargetType = nameof(Breach),
        TargetId = breach.Id.ToString(),
        PurposeOfUse = PurposeOf(breach.Number),
        Details = affected is null ? null : new Dictionary<string, object?> { ["affected"] = affected },
    };

    internal static async Task<List<AffectedRow>> AffectedRowsAsync(PortalDbContext db, Guid breachId, CancellationToken ct)
    {
        var rows = await (
            from a in db.BreachAffected.AsNoTracking().Where(a => a.BreachId == breachId)
            join h in db.Households on a.HouseholdId equals h.Id
            select new { a.Id, a.HouseholdId, a.PersonId, h.MemberNumber, a.Source, a.Views }).ToListAsync(ct);
        var householdIds = rows.Select(r => r.HouseholdId).Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => householdIds.Contains(p.HouseholdId))
            .Select(p => new { p.Id, p.HouseholdId, p.Role, p.FirstName, p.Infix, p.LastName }).ToListAsync(ct);
        string NameOf(Guid householdId, Guid? personId) =>
            persons.Where(p => personId is null ? p.HouseholdId == householdId : p.Id == personId)
                .OrderBy(p => p.Role).Select(p => PersonNames.Full(p.FirstName, p.Infix, p.LastName)).FirstOrDefault() ?? "";
        return rows.Select(r => new AffectedRow(r.Id, r.HouseholdId, r.PersonId, r.MemberNumber, NameOf(r.HouseholdId, r.PersonId), r.Source, r.Views))
            .OrderBy(r => r.MemberNumber, StringComparer.Ordinal).ToList();
    }

    /// <summary>Persons concerned: the named person of a row, or everyone in a household named as a whole.</summary>
    internal static async Task<int> AffectedPersonsAsync(PortalDbContext db, Guid breachId, CancellationToken ct)
    {
        var rows = await db.BreachAffected.AsNoTracking().Where(a => a.BreachId == breachId)
            .Select(a => new { a.HouseholdId, a.PersonId }).ToListAsync(ct);
        return await CountPersonsAsync(db, rows.Select(r => (r.HouseholdId, r.PersonId)), ct);
    }

    internal static async Task<int> CountPersonsAsync(PortalDbContext db, IEnumerable<(Guid HouseholdId, Guid? PersonId)> rows, CancellationToken ct)
    {
        var list = rows.ToList();
        var persons = list.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).ToHashSet();
        foreach (var chunk in list.Where(r => r.PersonId is null).Select(r => r.HouseholdId).Distinct().Chunk(500))
        {
            persons.UnionWith(await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.HouseholdId)).Select(p => p.Id).ToListAsync(ct));
        }

        return persons.Count;
    }

    private static Dictionary<string, object?> Count(int n) => new() { ["results"] = n };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static BreachFileInput Cleaned(BreachFileInput f)
    {
        f.Summary = Clean(f.Summary);
        f.PersonGroups = Clean(f.PersonGroups);
        f.LikelyHarm = Clean(f.LikelyHarm);
        f.OtherAuthorities = Clean(f.OtherAuthorities);
        f.OverruleReason = Clean(f.OverruleReason);
        return f;
    }
}
