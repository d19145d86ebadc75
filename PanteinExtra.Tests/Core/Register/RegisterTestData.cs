using PanteinExtra.Core.Register;

namespace PanteinExtra.Tests.Core.Register;

/// <summary>Builders for register content in tests.</summary>
public static class RegisterTestData
{
    /// <summary>Content with every Art. 30 item present (can be marked complete).</summary>
    public static ActivityContent Complete(string name = "Ledenadministratie", params Guid[] processors) => new()
    {
        Name = name,
        Description = "Administratie van het lidmaatschap.",
        Purposes = ["Een juiste administratie voeren"],
        LegalBasis = LegalBasis.Contract,
        DataSubjectCategories = ["Leden", "Huisgenoten"],
        PersonalDataCategories = [new("Naam en adres", false), new("Lidnummer", false)],
        Recipients = ["Geen"],
        ProcessorIds = processors,
        TransfersOutsideEea = false,
        RetentionPeriod = "2 jaar na einde lidmaatschap",
        SecurityMeasures = ["Rollen en minimale rechten", "Toegangslog"],
        Source = "Het lid zelf",
        Owner = "Ledenservice",
        DpiaRequired = false,
        Status = ActivityStatus.Complete,
        LastReviewedOn = new DateOnly(2026, 1, 15),
        NextReviewOn = new DateOnly(2027, 1, 15),
    };
}
