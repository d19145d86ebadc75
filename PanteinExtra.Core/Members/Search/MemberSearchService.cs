using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Finds households by member number, postcode and house number, (part of) a name, phone number or e-mail.
/// Every kind is an index seek: an equality or a prefix range on the normalised <see cref="HouseholdSearchKey"/>
/// (or the unique member number), never a scan. Each search is audited with its kind and result count, never
/// with the search text (a name or phone number is personal data).
/// </summary>
public sealed class MemberSearchService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    ICurrentUser user,
    LogControl.ConfidentialityGuard confidentiality,
    TimeProvider clock)
{
    /// <summary>More matches than this are not listed: the agent is asked to search more precisely.</summary>
    public const int MaxResults = 200;

    /// <summary>Key rows read per search: a household has several keys starting with the same letters.</summary>
    private const int MaxKeyRows = MaxResults * 4;

    /// <summary>A search comes before the caller is known: it never carries the purpose of an earlier call.</summary>
    public const string SearchPurpose = "telefonisch contact: huishouden zoeken";

    private static readonly string[] Searchers = [Roles.CallCentre, Roles.PrivacyOfficer];

    public async Task<MemberSearchResult> SearchAsync(string? text, int page = 0, int pageSize = 10, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.Search, AuditAction.Search, Searchers, ct);
        await confidentiality.RequireCurrentAsync(MembersEventTypes.Search, AuditAction.Search, ct);
        var started = clock.GetUtcNow().UtcDateTime;
        var query = MemberSearchQuery.Parse(text, out var problem);
        if (query is null)
        {
            return MemberSearchResult.Invalid(problem!);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = await MatchingHouseholdsAsync(db, query, ct);
        var hasMore = ids.Count > MaxResults;
        if (hasMore)
        {
            ids = ids[..MaxResults];
        }

        pageSize = Math.Clamp(pageSize, 1, 50);
        var pageIds = ids.Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToList();
        var rows = await RowsAsync(db, pageIds, ct);

        await audit.RecordAsync(
            new AuditRecord(MembersEventTypes.Search, AuditAction.Search)
            {
                StartedAtUtc = started,
                PurposeOfUse = user.IsInRole(Roles.CallCentre) ? SearchPurpose : HouseholdService.SupervisionPurpose,
                Details = new Dictionary<string, object?>
                {
                    ["kind"] = query.Kind.ToString(),
                    ["results"] = ids.Count,
                    ["moreThanListed"] = hasMore,
                },
            },
            ct);
        return new MemberSearchResult(query.Kind, rows, ids.Count, hasMore, null);
    }

    /// <summary>Household ids in key order (alphabetical for names), at most <see cref="MaxResults"/> + 1.</summary>
    private static async Task<List<Guid>> MatchingHouseholdsAsync(PortalDbContext db, MemberSearchQuery query, CancellationToken ct)
    {
        if (query.Kind == MemberSearchKind.MemberNumber)
        {
            return await db.Households.AsNoTracking().Where(h => h.MemberNumber == query.Value).Select(h => h.Id).ToListAsync(ct);
        }

        var keys = db.HouseholdSearchKeys.AsNoTracking();
        if (query.IsPrefix)
        {
            var upper = SearchText.UpperBound(query.Value);
            keys = keys.Where(k => k.Key.CompareTo(query.Value) >= 0 && k.Key.CompareTo(upper) < 0);
        }
        else
        {
            keys = keys.Where(k => k.Key == query.Value);
        }

        var hits = await keys.OrderBy(k => k.Key).Select(k => k.HouseholdId).Take(MaxKeyRows).ToListAsync(ct);
        return hits.Distinct().Take(MaxResults + 1).ToList();
    }

    /// <summary>What a list of households may show before the caller is known: name, place, member number and status.</summary>
    internal static async Task<IReadOnlyList<MemberSearchRow>> RowsAsync(PortalDbContext db, List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        // At most one page of ids, inlined as constants: a parameterised list becomes json_each on SQLite, which the
        // planner cannot use for a key seek. The main members come in a second query: a multi-column FirstOrDefault
        // inside the projection would become a window function over all persons.
        var found = await db.Households.AsNoTracking()
            .Where(h => EF.Constant(ids).Contains(h.Id))
            .Select(h => new { h.Id, h.City, h.MemberNumber, h.Status, h.MembershipEndedOn, Erased = h.DataErasedOn != null })
            .ToListAsync(ct);
        var mainMembers = await db.Persons.AsNoTracking()
            .Where(p => EF.Constant(ids).Contains(p.HouseholdId) && p.Role == PersonRole.MainMember)
            .Select(p => new { p.HouseholdId, p.FirstName, p.Infix, p.LastName })
            .ToListAsync(ct);
        var names = mainMembers
            .GroupBy(p => p.HouseholdId)
            .ToDictionary(g => g.Key, g => g.Select(p => PersonNames.Full(p.FirstName, p.Infix, p.LastName)).First());
        var byId = found.ToDictionary(f => f.Id);
        return ids.Where(byId.ContainsKey).Select(id =>
        {
            var h = byId[id];
            return h.Erased
                ? new MemberSearchRow(h.Id, ErasedHousehold.Describe(h.MembershipEndedOn), "", h.MemberNumber, h.Status) { IsErased = true }
                : new MemberSearchRow(h.Id, names.GetValueOrDefault(id, "(geen personen)"), h.City, h.MemberNumber, h.Status);
        }).ToList();
    }
}
