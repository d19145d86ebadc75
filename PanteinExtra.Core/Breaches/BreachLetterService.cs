using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;


namespace PanteinExtra.Core.Breaches;

/// <summary>Art. 34 letters: drafted for every affected household, edited while a draft, then marked sent and kept as sent.</summary>
public sealed class BreachLetterService(BreachService breaches, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Drafts a letter for each affected household that has none yet. Only when the decision is to write letters.</summary>
    public async Task<Result> DraftAllAsync(int number, CancellationToken ct = default)
    {
        var today = DutchTime.Today(clock);
        var drafted = 0;
        var result = await breaches.ChangeAsync(number, null, null, BreachStep.LettersChanged, "De brieven zijn opgesteld.", (b, now) =>
        {
            if (b.MemberInformation != MemberInformation.Letters)
            {
                return ("Leg eerst het besluit vast om de leden met een brief te informeren.", null);
            }

            b.Touch(now);
            return (null, "Brieven opgesteld");
        }, ct, async (db, b) =>
        {
            var have = await db.BreachLetters.Where(l => l.BreachId == b.Id).Select(l => l.HouseholdId).ToListAsync(ct);
            var households = await db.BreachAffected.AsNoTracking().Where(a => a.BreachId == b.Id).Select(a => a.HouseholdId).Distinct().ToListAsync(ct);
            var measures = await db.BreachMeasures.AsNoTracking().Where(m => m.BreachId == b.Id).OrderBy(m => m.DueOn)
                .Select(m => new MeasureRow(m.Id, m.Description, m.Owner, m.DueOn, m.DoneOn)).ToListAsync(ct);
            var details = await db.RegisterDetails.AsNoTracking().FirstOrDefaultAsync(ct);
            var fg = new BreachLetterText.Officer(
                details?.ControllerName is { Length: > 0 } org ? org : "Pantein Extra", details?.OfficerName is { Length: > 0 } n ? n : "de functionaris gegevensbescherming",
                details?.OfficerEmail, details?.OfficerPhone);
            var file = BreachFile.From(b);
            foreach (var householdId in households.Except(have))
            {
                var h = await db.Households.AsNoTracking().Where(x => x.Id == householdId)
                    .Select(x => new
                    {
                        x.Street,
                        x.HouseNumber,
                        x.HouseNumberAddition,
                        x.Postcode,
                        x.City,
                        Main = x.Persons.OrderBy(p => p.Role).Select(p => new { p.Initials, p.FirstName, p.Infix, p.LastName }).FirstOrDefault(),
                    })
                    .SingleAsync(ct);
                var name = h.Main is null ? "lid van Pantein Extra" : PersonNames.Full(h.Main.Initials ?? h.Main.FirstName, h.Main.Infix, h.Main.LastName);
                var address = $"{h.Street} {h.HouseNumber}{h.HouseNumberAddition}\n{Dutch.Postcode(h.Postcode)} {h.City}";
                db.BreachLetters.Add(BreachLetter.Draft(b.Id, householdId, name, BreachLetterText.Draft(file, measures, name, address, fg, today), b.UpdatedAtUtc));
                drafted++;
            }

            return null;
        });
        return result.Succeeded ? Result.Ok($"{Dutch.Count(drafted, "brief", "brieven")} opgesteld.") : result;
    }

    public Task<Result> EditAsync(int number, Guid letterId, LetterTextInput input, CancellationToken ct = default) =>
        LetterStepAsync(number, letterId, input, "De brief is opgeslagen.", "Brief bewerkt", l => l.Edit(input.Text!.Trim()), ct);

    public Task<Result> MarkSentAsync(int number, Guid letterId, CancellationToken ct = default) =>
        LetterStepAsync(number, letterId, null, "De brief is als verstuurd gemarkeerd.", "Brief verstuurd", l => l.MarkSent(DutchTime.Today(clock), user.DisplayName), ct);

    private async Task<Result> LetterStepAsync(int number, Guid letterId, object? input, string saved, string note, Func<BreachLetter, string?> step, CancellationToken ct)
    {
        return await breaches.ChangeAsync(number, null, input, BreachStep.LettersChanged, saved, (b, now) =>
        {
            b.Touch(now);
            return (null, note);
        }, ct, async (db, b) =>
        {
            var letter = await db.BreachLetters.SingleOrDefaultAsync(l => l.Id == letterId && l.BreachId == b.Id, ct)
                ?? throw new NotFoundException("Brief", letterId);
            return step(letter);
        });
    }
}
