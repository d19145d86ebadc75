using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Portal.Operations;

/// <summary>
/// The certificate that encrypts the data-protection keys at rest: they are kept in the database (so that every
/// instance shares them), and without encryption whoever reads the database could forge the session and antiforgery
/// cookies. Production configures a PFX (<c>DataProtection:CertificatePath</c> and <c>CertificatePassword</c>, from the
/// secret store) and sets <c>RequireConfiguredCertificate</c>; the demo generates a self-signed one beside the database.
/// </summary>
internal static class DataProtectionCertificate
{
    public static X509Certificate2 Load(IConfiguration configuration, DatabaseOptions database)
    {
        var section = configuration.GetSection("DataProtection");
        var path = section["CertificatePath"];
        if (!string.IsNullOrWhiteSpace(path))
        {
            return File.Exists(path)
                ? X509CertificateLoader.LoadPkcs12FromFile(path, section["CertificatePassword"])
                : throw new InvalidOperationException($"DataProtection:CertificatePath wijst naar '{path}', maar dat bestand bestaat niet.");
        }

        if (section.GetValue<bool>("RequireConfiguredCertificate"))
        {
            throw new InvalidOperationException(
                "DataProtection:CertificatePath is niet ingesteld: de sleutels van de portal zouden onversleuteld in de database staan.");
        }

        return LoadOrCreateDemo(DatabaseSideFiles.BaseName(database) + ".dataprotection.pfx");
    }

    private static X509Certificate2 LoadOrCreateDemo(string file)
    {
        if (!File.Exists(file))
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=Pantein Extra portal sleutelversleuteling (demo)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
            var now = DateTimeOffset.UtcNow;
            using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(20));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temp = $"{file}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temp, certificate.Export(X509ContentType.Pfx));
            try
            {
                File.Move(temp, file, overwrite: false);
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another instance on the same database made one at the same moment: use theirs.
                File.Delete(temp);
            }
        }

        return X509CertificateLoader.LoadPkcs12FromFile(file, password: null);
    }
}
