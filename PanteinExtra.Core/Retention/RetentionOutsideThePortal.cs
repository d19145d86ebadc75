namespace PanteinExtra.Core.Retention;

/// <summary>
/// Records the organisation keeps outside the portal (at a processor, or in another system), whose retention the FG
/// sets here like every other policy so that the register can link to it. No retention run acts on them: the processor
/// carries the policy out under its processing agreement (art. 28 lid 3 AVG), as the policy's motivation says. A
/// deployment registers the ones it has with
/// <see cref="RetentionServiceCollectionExtensions.AddRetentionPolicySubject(Microsoft.Extensions.DependencyInjection.IServiceCollection, IRetentionPolicySubject)"/>.
/// </summary>
public sealed class RetentionOutsideThePortal(
    string key, string label, IReadOnlyList<RetentionTrigger> triggers, IReadOnlyList<RetentionAction> actions, RetentionPolicyDefaults defaults)
    : IRetentionPolicySubject
{
    /// <summary>Keys of these subjects start with this, so they never clash with a kind of the portal's own records.</summary>
    public const string KeyPrefix = "outside:";

    public string Key { get; } = KeyPrefix + key;

    public string Label { get; } = label;

    /// <summary>After every kind a run acts on (the list of policies is ordered by it).</summary>
    public int ExecutionOrder => 200;

    public IReadOnlyList<RetentionTrigger> Triggers { get; } = triggers;

    public IReadOnlyList<RetentionAction> Actions { get; } = actions;

    public StatutoryFloor? Floor => null;

    public RetentionPolicyDefaults Defaults { get; } = defaults;
}
