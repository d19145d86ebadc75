using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Members;

/// <summary>
/// When a caller counts as verified (the privacy statement's "Identificatie": ask no more than needed, prefer
/// what we already hold):
/// <list type="bullet">
/// <item>a call-back to the number we hold for the caller is enough on its own;</item>
/// <item>otherwise two independent facts we hold: date of birth, postcode + house number, member number;</item>
/// <item>a contact person must be registered for this household and allowed to receive information;
///   changing details also needs the permission to change details;</item>
/// <item>someone else is never verified: they get the limited view.</item>
/// </list>
/// </summary>
public static class CallerCheckRules
{
    public static CallerCheckResult Evaluate(Guid householdId, CallerCheckInput input, ContactPersonFacts? contactPerson)
    {
        var checks = input.Checks;
        var strong = checks.HasFlag(IdentityChecks.CallBackToKnownNumber) || CountFacts(checks) >= 2;
        var (verified, mayChange, problem) = input.Caller switch
        {
            CallerKind.Member => (strong, strong, strong ? null : WeakChecks),
            CallerKind.Housemate => (strong, strong, strong ? null : WeakChecks),
            CallerKind.ContactPerson => EvaluateContactPerson(strong, contactPerson),
            CallerKind.SomeoneElse => (false, false, "Iemand anders dan het lid, een huisgenoot of een geregistreerde contactpersoon krijgt geen gegevens."),
        };

        var purpose = $"telefonisch contact: {Describe(input.Caller, contactPerson)}, "
            + (verified ? $"geverifieerd ({DescribeChecks(checks)})" : "niet geverifieerd");
        return new CallerCheckResult(householdId, input.Caller, checks, verified, mayChange, purpose, problem, ContactPersonId: contactPerson?.Id);
    }

    private const string WeakChecks =
        "Om te verifiëren: laat de beller twee gegevens noemen (geboortedatum, postcode en huisnummer, lidnummer), of bel terug op het bij ons bekende nummer.";

    private static (bool Verified, bool MayChange, string? Problem) EvaluateContactPerson(bool strong, ContactPersonFacts? contact)
    {
        if (contact is null)
        {
            return (false, false, "Kies de geregistreerde contactpersoon die belt.");
        }

        if (!contact.Permissions.HasFlag(ContactPersonPermissions.ReceiveInformation))
        {
            return (false, false, "Deze contactpersoon mag geen informatie over het lid ontvangen.");
        }

        return strong
            ? (true, contact.Permissions.HasFlag(ContactPersonPermissions.ChangeDetails), null)
            : (false, false, WeakChecks);
    }

    private static int CountFacts(IdentityChecks checks) =>
        new[] { IdentityChecks.DateOfBirth, IdentityChecks.PostcodeAndHouseNumber, IdentityChecks.MemberNumber }.Count(f => checks.HasFlag(f));

    /// <summary>No names in the purpose: it goes into every audit event, and the log must not copy personal data.</summary>
    private static string Describe(CallerKind caller, ContactPersonFacts? contact) => caller switch
    {
        CallerKind.ContactPerson => contact is null
            ? $"{caller.Label()} (onbekend)"
            : $"{caller.Label()} ({contact.Relation}, {contact.Id.ToString()[..8]})",
        _ => caller.Label(),
    };

    public static string DescribeChecks(IdentityChecks checks)
    {
        var parts = new List<string>();
        if (checks.HasFlag(IdentityChecks.DateOfBirth) && checks.HasFlag(IdentityChecks.PostcodeAndHouseNumber))
        {
            parts.Add("geboortedatum en postcode");
        }
        else if (checks.HasFlag(IdentityChecks.DateOfBirth))
        {
            parts.Add("geboortedatum");
        }
        else if (checks.HasFlag(IdentityChecks.PostcodeAndHouseNumber))
        {
            parts.Add("postcode");
        }

        if (checks.HasFlag(IdentityChecks.MemberNumber))
        {
            parts.Add("lidnummer");
        }

        if (checks.HasFlag(IdentityChecks.CallBackToKnownNumber))
        {
            parts.Add("teruggebeld op bekend nummer");
        }

        return parts.Count == 0 ? "geen controle" : string.Join(", ", parts);
    }
}

/// <summary>What the rules need to know of a registered contact person.</summary>
public sealed record ContactPersonFacts(Guid Id, string Relation, ContactPersonPermissions Permissions);
