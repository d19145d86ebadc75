using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>
/// What the register and the retention policies say of one person's data, read once per report (a few dozen rows,
/// no personal data). A kind of data is used by the activities linked to its retention policy; where none is linked,
/// by the activity the access log links its part of the portal to. An activity that rests on a consent purpose applies
/// only as <see cref="ConsentActivityScope"/> says: a member without the newsletter is not told of its transfer to the US.
/// Whatever is missing in the register is collected in <see cref="Gaps"/> for the FG, not hidden from the member.
/// </summary>
internal sealed class AccessReportRegister
{
    public const string NotRecorded = "Nog niet vastgelegd in ons verwerkingsregister";

    private readonly IReadOnlyList<ProcessingActivity> _activities;
    private readonly IReadOnlyDictionary<Guid, Processor> _processors;
    private readonly IReadOnlyDictionary<Guid, RetentionPolicy> _policies;
    private readonly IReadOnlyDictionary<AuditArea, Guid> _areaActivities;
    private readonly ConsentActivityScope _consent;
    private readonly List<Guid> _used = [];
    private readonly List<string> _gaps = [];

    private AccessReportRegister(
        IReadOnlyList<ProcessingActivity> activities,
        IReadOnlyDictionary<Guid, Processor> processors,
        IReadOnlyDictionary<Guid, RetentionPolicy> policies,
        IReadOnlyDictionary<AuditArea, Guid> areaActivities,
        ConsentActivityScope consent)
    {
        _activities = activities;
        _processors = processors;
        _policies = policies;
        _areaActivities = areaActivities;
        _consent = consent;
    }

    /// <summary>What the FG should put right in the register or the policies before sending; empty when nothing is missing.</summary>
    public IReadOnlyList<string> Gaps => _gaps.Distinct().ToList();

    public static async Task<AccessReportRegister> LoadAsync(PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct)
    {
        var activities = await db.ProcessingActivities.AsNoTracking().Include(a => a.Processors).OrderBy(a => a.Name).ToListAsync(ct);
        var processors = await db.Processors.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var policies = await RegisterRetention.PoliciesAsync(db, ct);
        var areas = await db.AuditAreaLinks.AsNoTracking().ToDictionaryAsync(l => l.Area, l => l.ActivityId, ct);
        return new AccessReportRegister(activities, processors, policies, areas, await ConsentActivityScope.ForAsync(db, householdId, personId, ct));
    }

    /// <summary>The section as the member reads it; a kind the person has data of makes its activities part of the report.</summary>
    public AccessReportSection Section(AccessReportData data)
    {
        var activities = ActivitiesFor(data.RecordKind, data.Area);
        if (data.Rows.Count == 0)
        {
            // Named in one sentence only, without purpose or retention: nothing to put right for this report.
            return new AccessReportSection(data.Title, "", "", "", "", []);
        }

        Use(activities.Select(a => a.Id));
        if (activities.Count == 0)
        {
            _gaps.Add($"{data.Title}: geen verwerking in het register gekoppeld aan het bewaarbeleid of aan de toegangslog van dit onderdeel.");
        }

        return new AccessReportSection(
            data.Title,
            Joined(activities.SelectMany(a => a.Purposes)),
            LegalBasis(activities),
            Joined(activities.Select(a => a.Source ?? "")),
            Retention(data.RecordKind, data.Title),
            data.Rows.Select(r => string.IsNullOrWhiteSpace(r.Value) ? r with { Value = AccessReportText.Unknown } : r).ToList());
    }

    /// <summary>The retention of a kind, as its policy says it in one sentence.</summary>
    public string Retention(string recordKind, string title)
    {
        var policy = _policies.Values.FirstOrDefault(p => p.RecordKind == recordKind);
        if (policy is null)
        {
            _gaps.Add($"{title}: geen bewaarbeleid voor deze soort gegevens.");
            return "Nog niet vastgesteld";
        }

        return policy.Summary;
    }

    /// <summary>Marks the activity of a part of the portal as applying, e.g. the access log when staff consulted the data.</summary>
    public void Uses(AuditArea area)
    {
        if (_areaActivities.TryGetValue(area, out var id))
        {
            Use([id]);
        }
    }

    /// <summary>
    /// Every activity that uses the person's data, in the order of the sections that use it, then the consent-based
    /// ones that apply; each with its processors and transfers.
    /// </summary>
    public IReadOnlyList<AccessReportProcessing> Processing()
    {
        Use(_consent.Applying);
        return _used.Select(id => _activities.Single(a => a.Id == id)).Select(a => new AccessReportProcessing(
            a.Name,
            Joined(a.Purposes),
            LegalBasis([a]),
            string.Join(", ", a.PersonalDataCategories.Select(c => c.ToString())),
            a.Source ?? NotRecorded,
            a.RetentionPolicyId is { } id && _policies.TryGetValue(id, out var policy) ? policy.Summary : a.RetentionPeriod ?? "Nog niet vastgesteld",
            a.Recipients.Count == 0 ? "Geen" : string.Join("; ", a.Recipients),
            a.Processors.Where(l => _processors.ContainsKey(l.ProcessorId)).Select(l => _processors[l.ProcessorId])
                .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => new AccessReportProcessor(p.Name, p.Country, p.Services)).ToList(),
            Transfers(a))).ToList();
    }

    /// <summary>The register's other activities, in which the portal holds none of the person's data.</summary>
    public IReadOnlyList<AccessReportOtherActivity> Others()
    {
        Use(_consent.Applying);
        return _activities.Where(a => !_used.Contains(a.Id)).Select(a => new AccessReportOtherActivity(a.Name, Joined(a.Purposes))).ToList();
    }

    private void Use(IEnumerable<Guid> activityIds)
    {
        foreach (var id in activityIds)
        {
            if (!_used.Contains(id) && _activities.Any(a => a.Id == id))
            {
                _used.Add(id);
            }
        }
    }

    private List<ProcessingActivity> ActivitiesFor(string recordKind, AuditArea area)
    {
        var policyIds = _policies.Values.Where(p => p.RecordKind == recordKind).Select(p => p.Id).ToHashSet();
        var linked = _activities
            .Where(a => a.RetentionPolicyId is { } id && policyIds.Contains(id))
            .Where(a => _consent.Applies(a.Id))
            .ToList();
        if (linked.Count > 0)
        {
            return linked;
        }

        return _areaActivities.TryGetValue(area, out var areaActivity) ? _activities.Where(a => a.Id == areaActivity).ToList() : [];
    }

    private string LegalBasis(IReadOnlyList<ProcessingActivity> activities)
    {
        string Of(ProcessingActivity a)
        {
            if (a.LegalBasis is not { } basis)
            {
                _gaps.Add($"Verwerking {a.Name}: geen rechtsgrond vastgelegd.");
                return NotRecorded;
            }

            return a.SpecialCategoryCondition is { } condition
                ? $"{RegisterText.Plain(basis)}; voor bijzondere persoonsgegevens: {RegisterText.Plain(condition)}"
                : RegisterText.Plain(basis);
        }

        var bases = activities.Select(a => (a.Name, Basis: Of(a))).ToList();
        return bases.Select(b => b.Basis).Distinct().Count() switch
        {
            0 => NotRecorded,
            1 => bases[0].Basis,
            _ => string.Join("; ", bases.Select(b => $"{b.Name}: {b.Basis}")),
        };
    }

    private string Transfers(ProcessingActivity a)
    {
        switch (a.TransfersOutsideEea)
        {
            case true:
                return $"Ja, naar {a.TransferCountries ?? "een land buiten de Europese Economische Ruimte"}. Waarborg: {a.TransferSafeguards ?? NotRecorded}.".Replace("..", ".");
            case false:
                return "Nee, de gegevens blijven binnen de Europese Economische Ruimte.";
            default:
                _gaps.Add($"Verwerking {a.Name}: niet vastgelegd of gegevens buiten de Europese Economische Ruimte gaan.");
                return NotRecorded;
        }
    }

    private static string Joined(IEnumerable<string> parts)
    {
        var distinct = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct().ToList();
        return distinct.Count == 0 ? NotRecorded : string.Join("; ", distinct);
    }
}
