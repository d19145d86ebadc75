using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Ended subscriptions (magazine, member pass, newsletter, panel), counted from their end date.</summary>
public sealed class SubscriptionRecordKind : EndDatedRecordKind<Subscription>
{
    public const string KindKey = "subscription";

    public override string Key => KindKey;

    public override string Label => "beëindigde abonnementen";

    public override int ExecutionOrder => 50;

    public override RetentionPolicyDefaults Defaults { get; } = new(
        "Beëindigde abonnementen", 12, RetentionTrigger.EndDate, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Een jaar na beëindiging: nodig om vragen over een laatste nummer of een opzegging te beantwoorden.");
}
