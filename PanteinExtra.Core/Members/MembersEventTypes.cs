namespace PanteinExtra.Core.Members;

/// <summary>
/// Audit event types of the members desk, with their Dutch names for the access log. Writes are audited as
/// `Entity:Action` by the interceptor and named after the entity (<c>[Display]</c> on <see cref="Household"/> etc.).
/// </summary>
public static class MembersEventTypes
{
    [Display(Name = "leden gezocht")] public const string Search = "Member:Search";
    [Display(Name = "beller vastgesteld")] public const string CallerCheck = "Member:CallerCheck";
    [Display(Name = "eigen gesprekken van vandaag bekeken")] public const string Served = "Member:Served";
    [Display(Name = "huishouden geopend")] public const string HouseholdView = "Household:View";
    [Display(Name = "adres of contactgegevens gewijzigd")] public const string HouseholdEdit = "Household:Update";
    [Display(Name = "persoonsgegevens gewijzigd")] public const string PersonEdit = "Person:Update";
    [Display(Name = "aan- of afmelding gewijzigd")] public const string SubscriptionChange = "Subscription:Update";
    [Display(Name = "klacht of compliment vastgelegd")] public const string FeedbackCreate = "Feedback:Create";
    [Display(Name = "klacht afgesloten")] public const string FeedbackClose = "Feedback:Update";
    [Display(Name = "gespreksnotitie vastgelegd")] public const string CallNoteCreate = "CallNote:Create";
    [Display(Name = "nieuw lid ingeschreven")] public const string SignUp = "Member:SignUp";
    [Display(Name = "gecontroleerd op dubbele inschrijving")] public const string DuplicateCheck = "Member:DuplicateCheck";
    [Display(Name = "welkomstbrief gemaakt")] public const string WelcomeLetter = "Member:WelcomeLetter";
}
