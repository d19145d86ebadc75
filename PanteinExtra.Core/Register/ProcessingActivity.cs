namespace PanteinExtra.Core.Register;

/// <summary>
/// The current state of one processing activity in the register (Art. 30). Changes go through
/// <see cref="Apply"/>, which bumps <see cref="Version"/>; the service writes a <see cref="ProcessingActivityVersion"/>
/// for every change, so the history is complete. <see cref="Version"/> is the concurrency token.
/// </summary>
[Display(Name = "verwerking in het register")]
public sealed class ProcessingActivity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public List<string> Purposes { get; private set; } = [];

    public LegalBasis? LegalBasis { get; private set; }

    public SpecialCategoryCondition? SpecialCategoryCondition { get; private set; }

    public List<string> DataSubjectCategories { get; private set; } = [];

    public List<PersonalDataCategory> PersonalDataCategories { get; private set; } = [];

    public List<string> Recipients { get; private set; } = [];

    public List<ProcessingActivityProcessor> Processors { get; init; } = [];

    public bool? TransfersOutsideEea { get; private set; }

    public string? TransferCountries { get; private set; }

    public string? TransferSafeguards { get; private set; }

    public string? RetentionPeriod { get; private set; }

    /// <summary>The retention feature's policy id. Deliberately no foreign key (see ADR 021).</summary>
    public Guid? RetentionPolicyId { get; private set; }

    public List<string> SecurityMeasures { get; private set; } = [];

    public string? Source { get; private set; }

    public string? Owner { get; private set; }

    public bool? DpiaRequired { get; private set; }

    public DateOnly? DpiaCompletedOn { get; private set; }

    public ActivityStatus Status { get; private set; }

    public DateOnly? LastReviewedOn { get; private set; }

    public DateOnly? NextReviewOn { get; private set; }

    /// <summary>Kept with every change, so the overview can filter without loading every activity.</summary>
    public bool HasSpecialCategoryData { get; private set; }

    public int MissingItemCount { get; private set; }

    /// <summary>The missing items as "|Purposes|Owner|", for a portable LIKE filter on one item.</summary>
    public string MissingItemCodes { get; private set; } = "";

    public int Version { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string UpdatedByName { get; private set; } = "";

    public ActivityContent ToContent() => new()
    {
        Name = Name,
        Description = Description,
        Purposes = Purposes.ToList(),
        LegalBasis = LegalBasis,
        SpecialCategoryCondition = SpecialCategoryCondition,
        DataSubjectCategories = DataSubjectCategories.ToList(),
        PersonalDataCategories = PersonalDataCategories.ToList(),
        Recipients = Recipients.ToList(),
        ProcessorIds = Processors.Select(p => p.ProcessorId).ToList(),
        TransfersOutsideEea = TransfersOutsideEea,
        TransferCountries = TransferCountries,
        TransferSafeguards = TransferSafeguards,
        RetentionPeriod = RetentionPeriod,
        RetentionPolicyId = RetentionPolicyId,
        SecurityMeasures = SecurityMeasures.ToList(),
        Source = Source,
        Owner = Owner,
        DpiaRequired = DpiaRequired,
        DpiaCompletedOn = DpiaCompletedOn,
        Status = Status,
        LastReviewedOn = LastReviewedOn,
        NextReviewOn = NextReviewOn,
    };

    /// <summary>Takes over normalised, validated content as the next version. Needs <see cref="Processors"/> loaded.</summary>
    internal void Apply(ActivityContent content, DateTime nowUtc, string byName)
    {
        Name = content.Name;
        Description = content.Description;
        Purposes = content.Purposes.ToList();
        LegalBasis = content.LegalBasis;
        SpecialCategoryCondition = content.SpecialCategoryCondition;
        DataSubjectCategories = content.DataSubjectCategories.ToList();
        PersonalDataCategories = content.PersonalDataCategories.ToList();
        Recipients = content.Recipients.ToList();
        Processors.RemoveAll(p => !content.ProcessorIds.Contains(p.ProcessorId));
        foreach (var processorId in content.ProcessorIds.Where(id => Processors.All(p => p.ProcessorId != id)))
        {
            Processors.Add(new ProcessingActivityProcessor { ActivityId = Id, ProcessorId = processorId });
        }

        TransfersOutsideEea = content.TransfersOutsideEea;
        TransferCountries = content.TransferCountries;
        TransferSafeguards = content.TransferSafeguards;
        RetentionPeriod = content.RetentionPeriod;
        RetentionPolicyId = content.RetentionPolicyId;
        SecurityMeasures = content.SecurityMeasures.ToList();
        Source = content.Source;
        Owner = content.Owner;
        DpiaRequired = content.DpiaRequired;
        DpiaCompletedOn = content.DpiaCompletedOn;
        Status = content.Status;
        LastReviewedOn = content.LastReviewedOn;
        NextReviewOn = content.NextReviewOn;

        var missing = ActivityRules.MissingItems(content);
        HasSpecialCategoryData = content.HasSpecialCategoryData;
        MissingItemCount = missing.Count;
        MissingItemCodes = missing.Count == 0 ? "" : "|" + string.Join("|", missing) + "|";
        Version++;
        UpdatedAtUtc = nowUtc;
        UpdatedByName = byName;
    }
}

/// <summary>Links an activity to a processor that works on it.</summary>
[Display(Name = "verwerker bij een verwerking")]
public sealed class ProcessingActivityProcessor
{
    public Guid ActivityId { get; init; }

    public Guid ProcessorId { get; init; }
}
