using PanteinExtra.Core.Common;

namespace PanteinExtra.Benchmarks;

/// <summary>The employee a benchmark acts as (or, when generating data, writes audit events for).</summary>
internal sealed class BenchmarkUser(string id, string name, string role) : ICurrentUser
{
    /// <summary>The FG (privacy officer), who may export the register and run retention.</summary>
    public static BenchmarkUser PrivacyOfficer { get; } = new("benchmark-fg", "Benchmark FG", Core.Common.Roles.PrivacyOfficer);

    public bool IsAuthenticated => true;

    public string UserId { get; } = id;

    public string DisplayName { get; } = name;

    public IReadOnlyCollection<string> Roles { get; } = [role];
}
