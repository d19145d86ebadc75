using System.Security.Cryptography;

namespace PanteinExtra.Core.Auditing.Chain;

/// <summary>The secret that keys the chain's HMAC. Without it nobody can recompute a valid chain after a change.</summary>
public sealed class AuditChainKey
{
    private const int KeyBytes = 32;

    private readonly Lazy<byte[]> _key;

    public AuditChainKey(AuditChainOptions options) => _key = new Lazy<byte[]>(() => Load(options));

    /// <summary>A fixed key, for tools and tests.</summary>
    public AuditChainKey(byte[] key) => _key = new Lazy<byte[]>(key);

    public byte[] Bytes => _key.Value;

    public string Mac(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(HMACSHA256.HashData(Bytes, data));

    private static byte[] Load(AuditChainOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            var configured = Convert.FromBase64String(options.Key.Trim());
            return configured.Length >= KeyBytes
                ? configured
                : throw new InvalidOperationException($"AuditChain:Key must be at least {KeyBytes} bytes (base64).");
        }

        if (options.RequireConfiguredKey || options.KeyFile is null)
        {
            throw new InvalidOperationException("AuditChain:Key is not configured; the access log cannot be keyed.");
        }

        if (File.Exists(options.KeyFile))
        {
            return Convert.FromBase64String(File.ReadAllText(options.KeyFile).Trim());
        }

        var generated = RandomNumberGenerator.GetBytes(KeyBytes);
        Directory.CreateDirectory(Path.GetDirectoryName(options.KeyFile)!);
        File.WriteAllText(options.KeyFile, Convert.ToBase64String(generated));
        return generated;
    }
}
