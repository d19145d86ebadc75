using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Referrals;

namespace PanteinExtra.DemoData.Referrals;

/// <summary>
/// First-run service providers and, for demo members whose referral consent the consent seeder recorded, a few
/// referrals with their disclosure records. Runs after the consent seeder; copes with no households.
/// </summary>
public sealed class ReferralsDemoDataSeeder : IDemoDataSeeder
{
    public int Order => 210;

    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        if (!await db.ServiceProviders.AnyAsync(ct))
        {
            db.AddRange(DemoProviders());
            await db.SaveChangesAsync(ct);
        }

        if (await db.Referrals.AnyAsync(ct))
        {
            return;
        }

        var purposeIds = await db.ConsentPurposes.Where(p => p.Kind == ConsentPurposeKind.ReferralSharing).Select(p => p.Id).ToListAsync(ct);
        var consents = await db.ConsentEvents.AsNoTracking()
            .Where(e => purposeIds.Contains(e.PurposeId) && e.Action == ConsentAction.Given)
            .OrderBy(e => e.OccurredAtUtc).Take(40).ToListAsync(ct);
        var providers = await db.ServiceProviders.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).ToListAsync(ct);
        if (consents.Count == 0 || providers.Count == 0)
        {
            return;
        }

        for (var i = 0; i < consents.Count; i++)
        {
            var consent = consents[i];
            var provider = providers[i % providers.Count];
            var at = consent.OccurredAtUtc.AddMinutes(3);
            var referral = new Referral
            {
                HouseholdId = consent.HouseholdId,
                PersonId = consent.PersonId,
                ServiceProviderId = provider.Id,
                Service = provider.Services[i % provider.Services.Count],
                CreatedAtUtc = at,
                CreatedByUserId = consent.RecordedByUserId,
                CreatedByName = consent.RecordedByName,
                ConsentEventId = consent.Id,
            };
            if (i % 3 != 0)
            {
                referral.Complete(at.AddDays(14));
            }

            db.AddRange(referral, Disclosure.OfReferral(referral, provider));
        }

        await db.SaveChangesAsync(ct);
    }

    internal static IEnumerable<ServiceProvider> DemoProviders()
    {
        const SharedDataField basic = SharedDataField.Name | SharedDataField.Address | SharedDataField.Phone;
        yield return new ServiceProvider
        {
            Name = "Thuiszorg Maasland Hulp",
            Region = "Land van Cuijk",
            Services = ["huishoudelijke hulp", "boodschappendienst"],
            ContactName = "Petra Janssen",
            Phone = "0485 123 456",
            Email = "aanmelden@maaslandhulp.example",
            SharedFields = basic,
        };
        yield return new ServiceProvider
        {
            Name = "Klusbedrijf Van Dijk",
            Region = "Boxmeer en Cuijk",
            Services = ["klussendienst", "tuinonderhoud"],
            ContactName = "Gerrit van Dijk",
            Phone = "0485 654 321",
            Email = "info@klusvandijk.example",
            SharedFields = basic,
        };
        yield return new ServiceProvider
        {
            Name = "Maaltijdservice De Linde",
            Region = "Noord-Limburg en Land van Cuijk",
            Services = ["maaltijdservice"],
            Phone = "0478 222 333",
            Email = "bestellen@delinde.example",
            SharedFields = basic | SharedDataField.DateOfBirth,
            ProcessingAgreementApplies = true,
        };
        yield return new ServiceProvider
        {
            Name = "Personenalarmering Zeker Thuis",
            Region = "landelijk",
            Services = ["personenalarmering"],
            Phone = "088 765 4321",
            Email = "aansluiten@zekerthuis.example",
            Website = "https://zekerthuis.example",
            SharedFields = basic | SharedDataField.Email | SharedDataField.DateOfBirth | SharedDataField.MemberNumber,
            ProcessingAgreementApplies = true,
        };
        yield return new ServiceProvider
        {
            Name = "Vervoersdienst Regiotaxi Noord",
            Region = "Land van Cuijk",
            Services = ["vervoer"],
            Phone = "0900 123 4567",
            SharedFields = basic,
            IsActive = false,
        };
    }
}
