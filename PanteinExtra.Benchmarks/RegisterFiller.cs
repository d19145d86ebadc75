using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Register;

namespace PanteinExtra.Benchmarks;

/// <summary>Fills the register through the real services: 25 processors with agreements and N activities of realistic size.</summary>
internal static class RegisterFiller
{
    private static readonly string[] Owners = ["Ledenservice", "Klantcontact", "Communicatie", "Financiële administratie", "Activiteiten"];
    private static readonly string[] Subjects = ["Leden", "Huisgenoten", "Formele contactpersonen", "Dienstverleners", "Websitebezoekers", "Medewerkers"];

    public static async Task FillAsync(IServiceProvider services, int activityCount)
    {
        var processors = services.GetRequiredService<ProcessorService>();
        var register = services.GetRequiredService<RegisterService>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var processorIds = new List<Guid>();
        for (var p = 0; p < 25; p++)
        {
            var id = (await processors.SaveAsync(
                null,
                new ProcessorInput
                {
                    Name = $"Verwerker {p:00} B.V.",
                    Country = "Nederland",
                    Services = "Hosting, druk en verzending van ledeninformatie",
                    ContactName = "Servicedesk",
                    ContactEmail = $"service{p}@example.nl",
                    ContactPhone = "0485 000000",
                },
                Guid.Empty)).Value;
            await processors.AddAgreementAsync(id, new AgreementInput
            {
                SignedOn = today.AddDays(-300),
                ExpiresOn = today.AddDays(20 * p),
                DocumentReference = $"VO-{p:000}",
                Scope = "Verwerkingen volgens bijlage 1",
            });
            processorIds.Add(id);
        }

        for (var i = 0; i < activityCount; i++)
        {
            var result = await register.CreateAsync(new ActivityContent
            {
                Name = $"Verwerking {i:000}",
                Description = "Beschrijving van de verwerking, met het waarom en de samenhang met andere verwerkingen van Pantein Extra.",
                Purposes = ["Een juiste administratie voeren ten behoeve van het lidmaatschap", "Met leden in contact treden"],
                LegalBasis = (LegalBasis)(i % 6),
                DataSubjectCategories = Subjects.Take(1 + i % Subjects.Length).ToList(),
                PersonalDataCategories = [new("Naam en adres", false), new("Telefoonnummer en e-mailadres", false), new("Lidnummer", false), new("Gezondheid", i % 5 == 0)],
                SpecialCategoryCondition = i % 5 == 0 ? SpecialCategoryCondition.ExplicitConsent : null,
                Recipients = ["Zorgverzekeraar (collectiviteitskorting)", "Dienstverleners (na toestemming)"],
                ProcessorIds = [processorIds[i % processorIds.Count], processorIds[(i + 7) % processorIds.Count]],
                TransfersOutsideEea = false,
                RetentionPeriod = "7 jaar na afloop van het boekjaar (fiscale bewaarplicht, art. 52 AWR).",
                SecurityMeasures = ["Rollen en minimale rechten", "Toegangslog met controleketen", "Versleutelde verbindingen en opslag", "Geheimhoudingsplicht"],
                Source = "Het lid zelf",
                Owner = Owners[i % Owners.Length],
                DpiaRequired = i % 7 == 0 ? null : false,
                Status = ActivityStatus.NeedsReview,
                LastReviewedOn = today.AddDays(-100),
                NextReviewOn = today.AddDays(265),
            });
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.FieldErrors.Values));
            }
        }
    }
}
