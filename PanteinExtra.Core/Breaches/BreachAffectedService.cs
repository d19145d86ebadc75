using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// Who is affected, computed rather than guessed: by search, by a pasted list of member numbers, or from the access
/// log. Only the FG; every lookup is audited with the breach as purpose, and the count fills the form.
/// </summary>
public sealed partial class BreachAffectedService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    BreachService breaches)
{
    public async Task<IReadOnlyList<AffectedCandidate>> SearchAsync(int number, string text, CancellationToken ct = default)
    {
        await guard.RequireAsync(BreachEventTypes.FindAffected, AuditAction.Search, BreachService.Officers, ct);
        var term = text.Trim();
        if (term.Length < 2 || InputRules.CharacterMessage(term, false, "Zoekterm") is not null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var households = db.Households.AsNoTracking()
            .Where(h => h.MemberNumber == term || h.Persons.Any(p => p.LastName.StartsWith(term)));
        var rows = await households.OrderBy(h => h.MemberNumber).Take(25)
            .Select(h => new
            {
                h.Id,
                h.MemberNumber,
                h.Street,
                h.HouseNumber,
                h.HouseNumberAddition,
                h.Postcode,
                h.City,
                Main = h.Persons.OrderBy(p => p.Role).Select(p => new { p.FirstName, p.Infix, p.LastName }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(BreachEventTypes.FindAffected, AuditAction.Search)
            {
                PurposeOfUse = BreachService.PurposeOf(number),
                Details = new Dictionary<string, object?> { ["results"] = rows.Count },
            },
            ct);
        return rows.Select(r => new AffectedCandidate(
            r.Id, r.MemberNumber, r.Main is null ? "" : PersonNames.Full(r.Main.FirstName, r.Main.Infix, r.Main.LastName),
            $"{r.Street} {r.HouseNumber}{r.HouseNumberAddition}, {Dutch.Postcode(r.Postcode)} {r.City}")).ToList();
    }

    public Task<Result> AddHouseholdAsync(int number, Guid householdId, CancellationToken ct = default) =>
        AddAsync(number, [new Subject(householdId, null, null)], AffectedSource.Search, "Het huishouden is toegevoegd.", ct);

    /// <summary>Adds the households of a pasted list; unknown numbers are named in the refusal and nothing is added.</summary>
    public async Task<Result> AddMemberNumbersAsync(int number, MemberNumbersInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(BreachEventTypes.Change, AuditAction.Update, BreachService.Officers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var numbers = Separators().Split(input.MemberNumbers!).Where(n => n.Length > 0).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = new Dictionary<string, Guid>();
        foreach (var chunk in numbers.Chunk(500))
        {
            foreach (var h in await db.Households.AsNoTracking().Where(h => chunk.Contains(h.MemberNumber)).Select(h => new { h.Id, h.MemberNumber }).ToListAsync(ct))
            {
                found[h.MemberNumber] = h.Id;
            }
        }

        var unknown = numbers.Where(n => !found.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            return Result.Invalid(
                nameof(MemberNumbersInput.MemberNumbers),
                $"Onbekende lidnummers: {string.Join(", ", unknown.Take(20))}{(unknown.Count > 20 ? " ..." : "")}. Er is niets toegevoegd.");
        }

        return await AddAsync(
            number, found.Values.Select(id => new Subject(id, null, null)).ToList(), AffectedSource.MemberNumbers,
            $"{Dutch.Count(found.Count, "huishouden", "huishoudens")} uit de lijst verwerkt.", ct);
    }

    /// <summary>The employees the access log knows (not scheduled work), by name, to choose whose accesses to derive.</summary>
    public async Task<IReadOnlyList<LoggedEmployee>> EmployeesAsync(int number, CancellationToken ct = default)
    {
        await guard.RequireAsync(BreachEventTypes.DeriveAffected, AuditAction.Search, BreachService.Officers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var userIds = await db.AuditEvents.AsNoTracking()
            .Where(e => e.UserRole != SystemUser.Role && e.UserId != "")
            .Select(e => e.UserId).Distinct().ToListAsync(ct);
        var employees = new List<LoggedEmployee>(userIds.Count);
        foreach (var userId in userIds)
        {
            // The name and role as last recorded: an employee may have been renamed or changed role since.
            var last = await db.AuditEvents.AsNoTracking()
                .Where(e => e.UserId == userId).OrderByDescending(e => e.StartedAtUtc)
                .Select(e => new { e.UserName, e.UserRole }).FirstAsync(ct);
            employees.Add(new LoggedEmployee(userId, last.UserName, Roles.DutchName(last.UserRole)));
        }

        await audit.RecordAsync(
            new AuditRecord(BreachEventTypes.DeriveAffected, AuditAction.Search)
            {
                PurposeOfUse = BreachService.PurposeOf(number),
                Details = new Dictionary<string, object?> { ["employees"] = employees.Count },
            },
            ct);
        return employees.OrderBy(e => e.Name, StringComparer.Create(Dutch.Culture, true)).ToList();
    }

    /// <summary>Preview: whose data did this employee view in the period (audited as a search of the log).</summary>
    public async Task<Result<IReadOnlyList<AccessedSubject>>> DeriveAsync(int number, AccessLogDerivationInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(BreachEventTypes.DeriveAffected, AuditAction.Search, BreachService.Officers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var viewed = await AccessLogDerivation.ViewedAsync(db, input.UserId!.Trim(), input.From!.Value, input.To!.Value, ct);
        await audit.RecordAsync(
            new AuditRecord(BreachEventTypes.DeriveAffected, AuditAction.Search)
            {
                PurposeOfUse = BreachService.PurposeOf(number),
                Details = new Dictionary<string, object?> { ["results"] = viewed.Count },
            },
            ct);
        return Result.Ok(viewed, $"{Dutch.Count(viewed.Count, "huishouden of persoon", "huishoudens of personen")} ingezien in deze periode.");
    }

    /// <summary>Derives again (the log is the source, not the screen) and adds every subject found.</summary>
    public async Task<Result> AddDerivedAsync(int number, AccessLogDerivationInput input, CancellationToken ct = default)
    {
        var derived = await DeriveAsync(number, input, ct);
        if (!derived.Succeeded)
        {
            return derived.Outcome;
        }

        var subjects = derived.Value!.Select(s => new Subject(s.HouseholdId, s.PersonId, s.Views)).ToList();
        return await AddAsync(number, subjects, AffectedSource.AccessLog, $"{Dutch.Count(subjects.Count, "betrokkene", "betrokkenen")} uit de toegangslog toegevoegd.", ct);
    }

    public async Task<Result> RemoveAsync(int number, Guid affectedId, CancellationToken ct = default) =>
        await breaches.ChangeAsync(number, null, null, BreachStep.AffectedChanged, "De betrokkene is verwijderd.", (b, now) =>
        {
            b.Touch(now);
            return (null, "Betrokkene verwijderd");
        }, ct, async (db, breach) =>
        {
            var rows = await db.BreachAffected.Where(a => a.BreachId == breach.Id).ToListAsync(ct);
            var row = rows.SingleOrDefault(a => a.Id == affectedId) ?? throw new NotFoundException("Betrokkene", affectedId);
            db.BreachAffected.Remove(row);
            rows.Remove(row);
            breach.CountAffected(await BreachService.CountPersonsAsync(db, rows.Select(r => (r.HouseholdId, r.PersonId)), ct));
            return null;
        });

    private async Task<Result> AddAsync(int number, IReadOnlyList<Subject> subjects, AffectedSource source, string saved, CancellationToken ct) =>
        await breaches.ChangeAsync(number, null, null, BreachStep.AffectedChanged, saved, (b, now) =>
        {
            if (!b.IsOpen)
            {
                return ("Een afgesloten datalek kan niet meer worden gewijzigd.", null);
            }

            b.Touch(now);
            return (null, $"{source.CapitalisedLabel()}: {Dutch.Count(subjects.Count, "regel", "regels")}");
        }, ct, async (db, breach) =>
        {
            var rows = (await db.BreachAffected.AsNoTracking().Where(a => a.BreachId == breach.Id)
                .Select(a => new { a.HouseholdId, a.PersonId }).ToListAsync(ct)).Select(a => (a.HouseholdId, a.PersonId)).ToList();
            var existing = rows.ToHashSet();
            foreach (var s in subjects.Where(s => existing.Add((s.HouseholdId, s.PersonId))))
            {
                rows.Add((s.HouseholdId, s.PersonId));
                db.BreachAffected.Add(new BreachAffected
                {
                    BreachId = breach.Id,
                    HouseholdId = s.HouseholdId,
                    PersonId = s.PersonId,
                    Source = source,
                    Views = s.Views,
                    AddedAtUtc = breach.UpdatedAtUtc,
                });
            }

            // The count fills the form: the number of persons concerned becomes the form's minimum.
            breach.CountAffected(await BreachService.CountPersonsAsync(db, rows, ct));
            return null;
        });

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex Separators();

    private sealed record Subject(Guid HouseholdId, Guid? PersonId, int? Views);
}
