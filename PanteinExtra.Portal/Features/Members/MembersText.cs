using PanteinExtra.Core.Members;

namespace PanteinExtra.Portal.Features.Members;

/// <summary>Dutch words for the members desk's values.</summary>
public static class MembersText
{
    public static string Status(MembershipStatus status) => status switch
    {
        MembershipStatus.Active => "lid",
        MembershipStatus.Ended => "opgezegd",
    };

    public static string SearchKind(MemberSearchKind kind) => kind switch
    {
        MemberSearchKind.MemberNumber => "lidnummer",
        MemberSearchKind.Address => "postcode en huisnummer",
        MemberSearchKind.Name => "naam",
        MemberSearchKind.Phone => "telefoonnummer",
        MemberSearchKind.Email => "e-mailadres",
    };

    public static string Caller(CallerKind caller) => caller switch
    {
        CallerKind.Member => "Het lid zelf",
        CallerKind.Housemate => "Een huisgenoot",
        CallerKind.ContactPerson => "Een geregistreerde contactpersoon",
        CallerKind.SomeoneElse => "Iemand anders",
    };

    public static string Check(IdentityChecks check) => check switch
    {
        IdentityChecks.DateOfBirth => "Geboortedatum klopt",
        IdentityChecks.PostcodeAndHouseNumber => "Postcode en huisnummer kloppen",
        IdentityChecks.MemberNumber => "Lidnummer klopt",
        IdentityChecks.CallBackToKnownNumber => "Teruggebeld op het bij ons bekende nummer",
        _ => check.ToString(),
    };

    public static string Subscription(SubscriptionKind kind) => kind switch
    {
        SubscriptionKind.Magazine => "Ledenblad",
        SubscriptionKind.MemberPass => "Ledenpas",
        SubscriptionKind.Newsletter => "Nieuwsbrief",
        SubscriptionKind.OnlineMagazine => "Online magazine",
        SubscriptionKind.MembersPanel => "Ledenpanel",
    };

    public static string Channel(ContactChannel channel) => channel switch
    {
        ContactChannel.Post => "post",
        ContactChannel.Email => "e-mail",
        ContactChannel.Phone => "telefoon",
    };

    public static string Received(ReceivedChannel channel) => channel switch
    {
        ReceivedChannel.Phone => "telefoon",
        ReceivedChannel.Email => "e-mail",
        ReceivedChannel.Letter => "brief",
        ReceivedChannel.Website => "website",
        ReceivedChannel.InPerson => "persoonlijk",
    };

    public static string Payment(PaymentMethod method) => method switch
    {
        PaymentMethod.DirectDebit => "automatische incasso",
        PaymentMethod.Invoice => "factuur",
        PaymentMethod.BankTransfer => "overboeking",
    };

    public static string Role(PersonRole role) => role switch
    {
        PersonRole.MainMember => "hoofdlid",
        PersonRole.Housemate => "huisgenoot",
    };

    public static string Permissions(ContactPersonPermissions p)
    {
        var parts = new List<string>();
        if (p.HasFlag(ContactPersonPermissions.ReceiveInformation))
        {
            parts.Add("informatie ontvangen");
        }

        if (p.HasFlag(ContactPersonPermissions.ChangeDetails))
        {
            parts.Add("gegevens wijzigen");
        }

        if (p.HasFlag(ContactPersonPermissions.GiveOrWithdrawConsent))
        {
            parts.Add("toestemming geven of intrekken");
        }

        if (p.HasFlag(ContactPersonPermissions.SubmitPrivacyRequests))
        {
            parts.Add("privacyverzoeken indienen");
        }

        return parts.Count == 0 ? "geen" : string.Join(", ", parts);
    }

    public static string Date(DateOnly? date) => date?.ToString("dd-MM-yyyy") ?? "";
}
