using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.LogControl;

/// <summary>
/// The FG's review of a finding: open -> explained (with a note), or open -> not justified and escalated, either to
/// the employee's manager (named) or into the breach register (the breach it became). A review is made once.
/// </summary>
public sealed partial class ControlFinding : IConcurrencyStamped
{
    /// <summary>For an escalation to the manager: whom the FG told.</summary>
    public string? ManagerName { get; private set; }

    /// <summary>For an escalation into the breach register: the breach this finding became (and that breach's number).</summary>
    public Guid? BreachId { get; private set; }

    public int? BreachNumber { get; private set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool IsOpen => Status == FindingStatus.Open;

    /// <summary>Null while the finding is open; once reviewed, the Dutch reason a second review is refused.</summary>
    public string? ReviewRefusal => IsOpen ? null : $"Deze bevinding is al beoordeeld ({Status.Label()}) door {ReviewedBy}; een beoordeling wordt niet overschreven.";

    /// <summary>The access had a reason; the note says which.</summary>
    public string? Explain(string note, string reviewer, DateTime atUtc) =>
        Review(FindingStatus.Explained, FindingEscalation.None, note, reviewer, atUtc);

    /// <summary>Not justified: the employee's manager is told (named here), the note says what was agreed.</summary>
    public string? EscalateToManager(string managerName, string note, string reviewer, DateTime atUtc)
    {
        if (Review(FindingStatus.NotJustified, FindingEscalation.Manager, note, reviewer, atUtc) is { } refusal)
        {
            return refusal;
        }

        ManagerName = managerName;
        return null;
    }

    /// <summary>Not justified: the access is a breach of confidentiality, documented as breach #N.</summary>
    public string? EscalateToBreach(Guid breachId, int breachNumber, string note, string reviewer, DateTime atUtc)
    {
        if (Review(FindingStatus.NotJustified, FindingEscalation.BreachRegister, note, reviewer, atUtc) is { } refusal)
        {
            return refusal;
        }

        BreachId = breachId;
        BreachNumber = breachNumber;
        return null;
    }

    /// <summary>The households of the finding, as ids.</summary>
    public IReadOnlyList<Guid> Households =>
        HouseholdIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    private string? Review(FindingStatus status, FindingEscalation escalation, string note, string reviewer, DateTime atUtc)
    {
        if (ReviewRefusal is { } refusal)
        {
            return refusal;
        }

        Status = status;
        Escalation = escalation;
        ReviewNote = note;
        ReviewedBy = reviewer;
        ReviewedAtUtc = atUtc;
        return null;
    }
}

public sealed class ControlFindingReviewConfiguration : IEntityTypeConfiguration<ControlFinding>
{
    public void Configure(EntityTypeBuilder<ControlFinding> b)
    {
        b.Property(f => f.ManagerName).HasMaxLength(LogControlLimits.Name);
        b.Property(f => f.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(f => f.Households);
        b.Ignore(f => f.IsOpen);
        b.Ignore(f => f.ReviewRefusal);
        b.HasIndex(f => f.BreachId);
    }
}
