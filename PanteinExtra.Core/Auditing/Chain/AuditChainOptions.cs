namespace PanteinExtra.Core.Auditing.Chain;

/// <summary>
/// Settings of the keyed chain (configuration section "AuditChain"). The key never lives in the database: production
/// sets <see cref="Key"/> from the secret store; without it a key file is generated next to the database (demo only).
/// </summary>
public sealed class AuditChainOptions
{
    /// <summary>The HMAC-SHA256 key, base64 (at least 32 bytes). From configuration or a secret store.</summary>
    public string? Key { get; set; }

    /// <summary>Where a generated demo key is kept when <see cref="Key"/> is not set.</summary>
    public string? KeyFile { get; set; }

    /// <summary>The folder outside the database where chain heads are written. Default: next to the database.</summary>
    public string? CheckpointFolder { get; set; }

    /// <summary>How often the chain head is checkpointed by the background service.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Refuse to start without a configured key (production); the demo may generate one.</summary>
    public bool RequireConfiguredKey { get; set; }

    /// <summary>The defaults for a database: folder and key file beside it (<see cref="Data.DatabaseSideFiles"/>).</summary>
    public static AuditChainOptions For(Data.DatabaseOptions database, AuditChainOptions? configured = null)
    {
        var options = configured ?? new AuditChainOptions();
        var baseName = Data.DatabaseSideFiles.BaseName(database);
        options.CheckpointFolder ??= baseName + ".checkpoints";
        options.KeyFile ??= baseName + ".chain-key";
        return options;
    }
}
