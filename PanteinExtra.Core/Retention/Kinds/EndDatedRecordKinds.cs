using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>The kinds whose records are deleted a period after their own end date, one <see cref="EndDatedRecordKind{TRecord}"/> each.</summary>
public static class EndDatedRecordKinds
{
    /// <summary>Ended registrations for the collective health-insurance discount, counted from their end date.</summary>
    public static EndDatedRecordKind<InsuranceDiscount> InsuranceDiscount { get; } = new(
        "insurance-discount", "registraties collectiviteitskorting", executionOrder: 45,
        new("Registraties collectiviteitskorting", 24, RetentionTrigger.EndDate, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
            Motivation: "Twee jaar na het einde: de zorgverzekeraar verrekent de korting achteraf en kan tot dan om verantwoording vragen."));

    /// <summary>Ended subscriptions (magazine, member pass, newsletter, panel), counted from their end date.</summary>
    public static EndDatedRecordKind<Subscription> Subscription { get; } = new(
        "subscription", "beëindigde abonnementen", executionOrder: 50,
        new("Beëindigde abonnementen", 12, RetentionTrigger.EndDate, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
            Motivation: "Een jaar na beëindiging: nodig om vragen over een laatste nummer of een opzegging te beantwoorden."));
}
