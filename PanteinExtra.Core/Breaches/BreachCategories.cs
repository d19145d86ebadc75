using PanteinExtra.Core.Register;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// Pre-fills the AP form's data categories from the register activities a breach touches: the register names its
/// categories in free Dutch text, so they are matched on the words the AP's categories use.
/// </summary>
public static class BreachCategories
{
    private static readonly (string[] Words, BreachDataCategory Category)[] Rules =
    [
        (["naam", "adres", "postcode", "woonplaats"], BreachDataCategory.NameAndAddress),
        (["telefoon"], BreachDataCategory.Phone),
        (["e-mail", "email"], BreachDataCategory.Email),
        (["inlog", "wachtwoord", "account"], BreachDataCategory.LoginData),
        (["bank", "iban", "rekening", "betaal", "contributie", "financ"], BreachDataCategory.Financial),
        (["identiteitsbewijs", "paspoort", "id-kopie", "kopie id"], BreachDataCategory.IdCopy),
        (["geboorte", "leeftijd", "geslacht"], BreachDataCategory.SexBirthDateAge),
        (["bsn", "burgerservicenummer"], BreachDataCategory.Bsn),
        (["gezondheid", "medisch", "zorg", "religie", "etnisch", "strafrecht"], BreachDataCategory.Special),
    ];

    public static BreachDataCategory FromActivities(IEnumerable<ProcessingActivity> activities) =>
        activities.SelectMany(a => a.PersonalDataCategories)
            .Aggregate(BreachDataCategory.None, (all, c) => all | Of(c));

    public static BreachDataCategory Of(PersonalDataCategory category)
    {
        var name = category.Name.ToLowerInvariant();
        var found = Rules.Where(r => r.Words.Any(name.Contains)).Aggregate(BreachDataCategory.None, (all, r) => all | r.Category);
        return category.IsSpecial ? found | BreachDataCategory.Special : found;
    }
}
