using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Ended registrations for the collective health-insurance discount, counted from their end date.</summary>
public sealed class InsuranceDiscountRecordKind : EndDatedRecordKind<InsuranceDiscount>
{
    public const string KindKey = "insurance-discount";

    public override string Key => KindKey;

    public override string Label => "registraties collectiviteitskorting";

    public override int ExecutionOrder => 45;

    public override RetentionPolicyDefaults Defaults { get; } = new(
        "Registraties collectiviteitskorting", 24, RetentionTrigger.EndDate, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Twee jaar na het einde: de zorgverzekeraar verrekent de korting achteraf en kan tot dan om verantwoording vragen.");
}
