using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Consent;

/// <summary>What a consent purpose is for; decides what a withdrawal stops.</summary>
public enum ConsentPurposeKind
{
    /// <summary>Sharing the member's data with the service provider they are referred to.</summary>
    [Display(Name = "delen bij doorverwijzing")] ReferralSharing,
    [Display(Name = "nieuwsbrief")] Newsletter,
    [Display(Name = "online magazine")] OnlineMagazine,
    [Display(Name = "ledenpanel")] MembersPanel,
    [Display(Name = "contact via contactpersoon")] ContactThroughContactPerson,
    [Display(Name = "overig")] Other,
}

/// <summary>Given or withdrawn: the two events of a consent record (ISO/IEC TS 27560 "event state").</summary>
public enum ConsentAction
{
    [Display(Name = "gegeven")] Given,
    [Display(Name = "ingetrokken")] Withdrawn,
}

/// <summary>How the consent or its withdrawal reached Pantein Extra (27560 "indication method").</summary>
public enum ConsentChannel
{
    [Display(Name = "telefoon")] Phone,
    [Display(Name = "website")] Website,
    [Display(Name = "papieren formulier")] Paper,
    [Display(Name = "e-mail")] Email,
    [Display(Name = "persoonlijk contact")] InPerson,
}

/// <summary>Who expressed the decision: the person themself or a formal contact person acting for them.</summary>
public enum ConsentGivenBy
{
    [Display(Name = "het lid zelf")] Person,
    [Display(Name = "een contactpersoon namens het lid")] ContactPerson,
}

public static class ConsentPurposeKinds
{
    /// <summary>The subscription that rests on consent of this kind and ends when it is withdrawn.</summary>
    public static SubscriptionKind? LinkedSubscription(ConsentPurposeKind kind) => kind switch
    {
        ConsentPurposeKind.Newsletter => SubscriptionKind.Newsletter,
        ConsentPurposeKind.OnlineMagazine => SubscriptionKind.OnlineMagazine,
        ConsentPurposeKind.MembersPanel => SubscriptionKind.MembersPanel,
        ConsentPurposeKind.ReferralSharing => null,
        ConsentPurposeKind.ContactThroughContactPerson => null,
        ConsentPurposeKind.Other => null,
    };

    /// <summary>Categories of personal data processed for the purpose (27560 "pii type"), in DPV terms: codes for the receipt.</summary>
    public static IReadOnlyList<string> DataCategories(ConsentPurposeKind kind) => kind switch
    {
        ConsentPurposeKind.ReferralSharing => ["pd:Name", "pd:Address", "pd:TelephoneNumber", "pd:EmailAddress", "pd:Age"],
        ConsentPurposeKind.Newsletter => ["pd:Name", "pd:EmailAddress"],
        ConsentPurposeKind.OnlineMagazine => ["pd:Name", "pd:EmailAddress"],
        ConsentPurposeKind.MembersPanel => ["pd:Name", "pd:EmailAddress", "pd:TelephoneNumber", "pd:Opinion"],
        ConsentPurposeKind.ContactThroughContactPerson => ["pd:Name", "pd:Contact"],
        ConsentPurposeKind.Other => ["pd:Name"],
    };
}
