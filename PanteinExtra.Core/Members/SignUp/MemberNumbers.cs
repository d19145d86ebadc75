using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Member numbers are seven digits and count up. Retention's pseudonyms ("X" and nine characters) are not numbers and
/// are skipped. Two sign-ups at the same moment may pick the same number: the unique index refuses the second.
/// </summary>
internal static class MemberNumbers
{
    public const int Digits = 7;
    private const int First = 1_000_001;

    public static async Task<string> NextAsync(PortalDbContext db, CancellationToken ct)
    {
        // Same length and only digits, so the text order is the number order in every collation.
        var highest = await db.Households.AsNoTracking()
            .Where(h => h.MemberNumber.Length == Digits && !h.MemberNumber.StartsWith("X"))
            .MaxAsync(h => (string?)h.MemberNumber, ct);
        var next = highest is not null && int.TryParse(highest, out var n) ? n + 1 : First;
        return next.ToString(new string('0', Digits), System.Globalization.CultureInfo.InvariantCulture);
    }
}
