using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Members;

/// <summary>
/// One normalised search key of a household ("n:de vries", "t:0612345678", "e:jan@example.nl", "a:1234ab 12").
/// Derived data: rebuilt from the household or person it came from (<see cref="SourceId"/>) on every save by
/// <see cref="MembersSaveChangesInterceptor"/>, so an anonymised household can no longer be found by its old name.
/// Not audited itself: the write of the household or person that produced it is.
/// </summary>
[NotAudited]
public sealed class HouseholdSearchKey
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    /// <summary>The household or person the key was derived from.</summary>
    public Guid SourceId { get; init; }

    public required string Key { get; init; }
}
