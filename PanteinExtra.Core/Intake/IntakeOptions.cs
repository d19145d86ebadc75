namespace PanteinExtra.Core.Intake;

/// <summary>
/// Configuration section <c>Intake</c>: the websites that may send forms, each with its key, and the rate limit per
/// client. A key is given as <c>Key</c> (plain, development only) or <c>KeySha256</c> (hex of the key's SHA-256).
/// </summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    public Dictionary<string, IntakeClientOptions> Clients { get; init; } = [];

    /// <summary>Submissions per client per window.</summary>
    public int PermitLimit { get; init; } = 60;

    public int WindowSeconds { get; init; } = 60;
}

public sealed class IntakeClientOptions
{
    public string? Key { get; init; }

    public string? KeySha256 { get; init; }
}
