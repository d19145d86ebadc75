using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Consent;

/// <summary>What a consent purpose is for; decides what a withdrawal stops.</summary>
public enum ConsentPurposeKind
{
    /// <summary>Sharing the member's data with the service provider they are referred to.</summary>
    ReferralSharing,
    Newsletter,
    OnlineMagazine,
    MembersPanel,
    ContactThroughContactPerson,
    Other,
}

/// <summary>Given or withdrawn: the two events of a consent record (ISO/IEC TS 27560 "event state").</summary>
public enum ConsentAction
{
    Given,
    Withdrawn,
}

/// <summary>How the consent or its withdrawal reached Pantein Extra (27560 "indication method").</summary>
public enum ConsentChannel
{
    Phone,
    Website,
    Paper,
    Email,
    InPerson,
}

/// <summary>Who expressed the decision: the person themself or a formal contact person acting for them.</summary>
public enum ConsentGivenBy
{
    Person,
    ContactPerson,
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

    /// <summary>Categories of personal data processed for the purpose (27560 "pii type"), in DPV terms.</summary>
    public static IReadOnlyList<string> DataCategories(ConsentPurposeKind kind) => kind switch
    {
        ConsentPurposeKind.ReferralSharing => ["pd:Name", "pd:Address", "pd:TelephoneNumber", "pd:EmailAddress", "pd:Age"],
        ConsentPurposeKind.Newsletter => ["pd:Name", "pd:EmailAddress"],
        ConsentPurposeKind.OnlineMagazine => ["pd:Name", "pd:EmailAddress"],
        ConsentPurposeKind.MembersPanel => ["pd:Name", "pd:EmailAddress", "pd:TelephoneNumber", "pd:Opinion"],
        ConsentPurposeKind.ContactThroughContactPerson => ["pd:Name", "pd:Contact"],
        ConsentPurposeKind.Other => ["pd:Name"],
    };

    public static string DutchName(ConsentPurposeKind kind) => kind switch
    {
        ConsentPurposeKind.ReferralSharing => "Delen bij doorverwijzing",
        ConsentPurposeKind.Newsletter => "Nieuwsbrief",
        ConsentPurposeKind.OnlineMagazine => "Online magazine",
        ConsentPurposeKind.MembersPanel => "Ledenpanel",
        ConsentPurposeKind.ContactThroughContactPerson => "Contact via contactpersoon",
        ConsentPurposeKind.Other => "Overig",
    };

    public static string DutchName(ConsentChannel channel) => channel switch
    {
        ConsentChannel.Phone => "telefonisch",
        ConsentChannel.Website => "website",
        ConsentChannel.Paper => "papier",
        ConsentChannel.Email => "e-mail",
        ConsentChannel.InPerson => "persoonlijk",
    };
}
