using System.Text.Json;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Core.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Consent;

/// <summary>The JSON consent receipt, field by field against the ISO/IEC TS 27560 structure (see ADR 041).</summary>
public sealed class ConsentReceiptTests : CoreTestHost
{
    private TestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(this);
        _home = await ConsentTestData.SeedHouseholdAsync(this);
        User.As(Roles.CallCentre, "Sanne de Jong");
    }

    private async Task<JsonElement> ReceiptAsync()
    {
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.Household.Id);
        var json = ConsentReceiptJson.Serialize(await Get<ConsentReceiptService>(scope).ExportAsync(_home.Main.Id));
        return JsonDocument.Parse(json).RootElement;
    }

    private async Task<(ConsentEvent Given, ConsentEvent Withdrawn, ConsentEvent Referral, ServiceProvider Provider)> ArrangeAsync()
    {
        var newsletter = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);
        var sharing = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.ReferralSharing);
        var provider = await ConsentTestData.ProviderAsync(this, "Thuiszorg Maasland");
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.Household.Id);
        var consent = Get<ConsentService>(scope);
        var given = (await consent.GiveAsync(new ConsentDecisionInput(
            _home.Main.Id, newsletter.Id, ConsentChannel.Phone, ConsentGivenBy.ContactPerson, _home.Daughter.Id, "via dochter"))).Value!.Event;
        Clock.Advance(TimeSpan.FromDays(3));
        var withdrawn = (await consent.WithdrawAsync(new ConsentDecisionInput(_home.Main.Id, newsletter.Id, ConsentChannel.Email))).Value!.Event;
        var referral = (await consent.GiveAsync(new ConsentDecisionInput(_home.Main.Id, sharing.Id, ConsentChannel.InPerson))).Value!.Event;
        var made = await Get<ReferralService>(scope).ReferAsync(new ReferralInput(_home.Main.Id, provider.Id, "huishoudelijke hulp"));
        Assert.True(made.Succeeded, made.Message);
        return (given, withdrawn, referral, provider);
    }

    [Fact]
    public async Task Receipt_Header_HasSchemaVersionReceiptIdTimestampLanguageAndPrincipal()
    {
        await ArrangeAsync();

        var receipt = await ReceiptAsync();

        Assert.Equal("ISO/IEC TS 27560:2023", receipt.GetProperty("schema_version").GetString());
        Assert.True(Guid.TryParse(receipt.GetProperty("receipt_id").GetString(), out _));
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, receipt.GetProperty("receipt_timestamp").GetDateTime().ToUniversalTime());
        Assert.Equal("nl", receipt.GetProperty("language").GetString());
        Assert.Equal(_home.Main.Id.ToString(), receipt.GetProperty("pii_principal_id").GetString());
    }

    [Fact]
    public async Task Receipt_HasOneRecordPerPurposeDecided_WithRecordFields()
    {
        await ArrangeAsync();

        var records = (await ReceiptAsync()).GetProperty("records").EnumerateArray().ToList();

        Assert.Equal(2, records.Count);
        var record = records.Single(r => r.GetProperty("record_id").GetString()!.EndsWith(":nieuwsbrief"));
        Assert.Equal($"urn:pantein-extra:consent-record:{_home.Main.Id}:nieuwsbrief", record.GetProperty("record_id").GetString());
        Assert.Equal("ISO/IEC TS 27560:2023", record.GetProperty("schema_version").GetString());
        Assert.Equal(_home.Main.Id.ToString(), record.GetProperty("pii_principal_id").GetString());
        Assert.Equal("dpv:ConsentWithdrawn", record.GetProperty("current_state").GetString());
        var sharing = records.Single(r => r.GetProperty("record_id").GetString()!.EndsWith(":doorverwijzing-delen"));
        Assert.Equal("dpv:ConsentGiven", sharing.GetProperty("current_state").GetString());
    }

    [Fact]
    public async Task Receipt_Processing_NamesNoticePurposeBasisDataControllerRetentionJurisdictionAndWithdrawal()
    {
        await ArrangeAsync();

        var records = (await ReceiptAsync()).GetProperty("records").EnumerateArray().ToList();
        var processing = records.Single(r => r.GetProperty("record_id").GetString()!.EndsWith(":nieuwsbrief")).GetProperty("processing");

        Assert.Equal("https://www.panteinextra.nl/privacy", processing.GetProperty("privacy_notice").GetString());
        Assert.Equal("nl", processing.GetProperty("language").GetString());
        var purpose = processing.GetProperty("purposes").EnumerateArray().Single();
        Assert.Equal("Maandelijkse nieuwsbrief", purpose.GetProperty("purpose").GetString());
        Assert.Equal("dpv:Marketing", purpose.GetProperty("purpose_type").GetString());
        Assert.Equal("eu-gdpr:A6-1-a", purpose.GetProperty("lawful_basis").GetString());
        Assert.Equal("nieuwsbrief", purpose.GetProperty("purpose_code").GetString());
        Assert.Equal(["pd:Name", "pd:EmailAddress"], processing.GetProperty("pii_information").EnumerateArray().Select(p => p.GetProperty("pii_type").GetString()));
        Assert.All(processing.GetProperty("pii_information").EnumerateArray(), p => Assert.False(p.GetProperty("pii_optional").GetBoolean()));
        Assert.Equal(["urn:pantein-extra:controller"], processing.GetProperty("pii_controllers").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("contactpersoon", processing.GetProperty("collection_method").GetString());
        // Not linked to a register activity: only where the controller itself keeps the records, no processors, no transfers.
        Assert.Equal(["Nederland"], processing.GetProperty("storage_locations").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(processing.GetProperty("pii_processors").EnumerateArray());
        Assert.Empty(processing.GetProperty("third_country_transfers").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, processing.GetProperty("register_activity").ValueKind);
        Assert.Contains("aan te tonen", processing.GetProperty("retention_period").GetString());
        Assert.Contains("2016/679", processing.GetProperty("jurisdiction").GetString());
        Assert.Empty(processing.GetProperty("recipient_third_parties").EnumerateArray());
        Assert.Contains("even eenvoudig als geven", processing.GetProperty("withdrawal_method").GetString());
        Assert.Contains("intrekken van toestemming (art. 7 lid 3)", processing.GetProperty("privacy_rights").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("Autoriteit Persoonsgegevens", processing.GetProperty("authority_party").GetString());
    }

    [Fact]
    public async Task Receipt_ReferralRecord_ListsTheServiceProvidersTheDataWentTo()
    {
        var (_, _, _, provider) = await ArrangeAsync();

        var receipt = await ReceiptAsync();
        var sharing = receipt.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("record_id").GetString()!.EndsWith(":doorverwijzing-delen"));

        Assert.Equal([provider.Id.ToString()], sharing.GetProperty("processing").GetProperty("recipient_third_parties").EnumerateArray().Select(p => p.GetString()));
        var party = receipt.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("party_id").GetString() == provider.Id.ToString());
        Assert.Equal(provider.Name, party.GetProperty("party_name").GetString());
        Assert.Equal("dpv:ThirdParty", party.GetProperty("party_role").GetString());
        Assert.Equal("organisation", party.GetProperty("party_type").GetString());
        Assert.Equal(provider.Email, party.GetProperty("party_email").GetString());
        Assert.Equal(provider.Phone, party.GetProperty("party_phone").GetString());
    }

    [Fact]
    public async Task Receipt_Events_CarryTimeValidityEntityTypeStateChannelRecorderAndWordingVersion()
    {
        var (given, withdrawn, _, _) = await ArrangeAsync();

        var records = (await ReceiptAsync()).GetProperty("records").EnumerateArray().ToList();
        var events = records.Single(r => r.GetProperty("record_id").GetString()!.EndsWith(":nieuwsbrief")).GetProperty("events").EnumerateArray().ToList();

        Assert.Equal(2, events.Count);
        var first = events[0];
        Assert.Equal(given.OccurredAtUtc, first.GetProperty("event_time").GetDateTime().ToUniversalTime());
        Assert.Equal("until-withdrawn", first.GetProperty("validity_duration").GetString());
        Assert.Equal(_home.Daughter.Id.ToString(), first.GetProperty("entity_id").GetString());
        Assert.Equal("dpv:ExpressedConsent", first.GetProperty("event_type").GetString());
        Assert.Equal("dpv:ConsentGiven", first.GetProperty("event_state").GetString());
        Assert.Equal("phone", first.GetProperty("indication_method").GetString());
        Assert.Equal("Sanne de Jong", first.GetProperty("recorded_by").GetString());
        Assert.Equal(2, first.GetProperty("notice_version").GetInt32());
        Assert.StartsWith("Mag Pantein Extra u elke maand de digitale nieuwsbrief", first.GetProperty("notice_text").GetString());
        Assert.Equal("via dochter", first.GetProperty("note").GetString());
        var second = events[1];
        Assert.Equal(withdrawn.OccurredAtUtc, second.GetProperty("event_time").GetDateTime().ToUniversalTime());
        Assert.Equal("not-applicable", second.GetProperty("validity_duration").GetString());
        Assert.Equal(_home.Main.Id.ToString(), second.GetProperty("entity_id").GetString());
        Assert.Equal("dpv:ConsentWithdrawn", second.GetProperty("event_state").GetString());
        Assert.Equal("email", second.GetProperty("indication_method").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("note").ValueKind);
    }

    [Fact]
    public async Task Receipt_Parties_NameTheControllerTheSubjectAndTheActingContactPerson()
    {
        await ArrangeAsync();

        var parties = (await ReceiptAsync()).GetProperty("parties").EnumerateArray().ToList();

        var controller = parties.Single(p => p.GetProperty("party_role").GetString() == "dpv:DataController");
        Assert.Equal("urn:pantein-extra:controller", controller.GetProperty("party_id").GetString());
        Assert.Equal("Pantein Extra", controller.GetProperty("party_name").GetString());
        Assert.Equal("https://www.panteinextra.nl", controller.GetProperty("party_url").GetString());
        Assert.False(string.IsNullOrEmpty(controller.GetProperty("party_address").GetString()));
        Assert.False(string.IsNullOrEmpty(controller.GetProperty("party_contact").GetString()));
        var subject = parties.Single(p => p.GetProperty("party_role").GetString() == "dpv:DataSubject");
        Assert.Equal(_home.Main.Id.ToString(), subject.GetProperty("party_id").GetString());
        Assert.Equal("Wilhelmina van Jansen", subject.GetProperty("party_name").GetString());
        Assert.Equal("individual", subject.GetProperty("party_type").GetString());
        Assert.Equal("Steenstraat 12a, 5831JB Boxmeer", subject.GetProperty("party_address").GetString());
        Assert.Equal("w.jansen@example.nl", subject.GetProperty("party_email").GetString());
        Assert.Equal("06 1234 5678", subject.GetProperty("party_phone").GetString());
        var representative = parties.Single(p => p.GetProperty("party_role").GetString() == "dpv:Representative");
        Assert.Equal(_home.Daughter.Id.ToString(), representative.GetProperty("party_id").GetString());
        Assert.Equal("Anja Jansen (dochter)", representative.GetProperty("party_name").GetString());
    }

    /// <summary>The register's newsletter activity with its US processor, and the newsletter purpose linked to it.</summary>
    private async Task<(Guid ActivityId, Guid ProcessorId)> LinkNewsletterToTheRegisterAsync()
    {
        var newsletter = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);
        User.As(Roles.Administrator, "Ingrid Visser");
        await using var scope = Scope();
        var processors = Get<ProcessorService>(scope);
        var mailer = (await processors.SaveAsync(null, new ProcessorInput
        {
            Name = "MailStroom Inc.",
            Country = "Verenigde Staten",
            Services = "Verstuurt de nieuwsbrief",
            ContactEmail = "privacy@example.com",
        }, Guid.Empty)).Value;
        var activity = await Get<RegisterService>(scope).CreateAsync(new ActivityContent
        {
            Name = "Nieuwsbrief en online magazine",
            LegalBasis = LegalBasis.Consent,
            ProcessorIds = [mailer],
            TransfersOutsideEea = true,
            TransferCountries = "Verenigde Staten",
            TransferSafeguards = "Standaardcontractbepalingen (SCC's) van de Europese Commissie",
        });
        Assert.True(activity.Succeeded, activity.Message);
        var linked = await Get<ConsentPurposeService>(scope).LinkActivityAsync(newsletter.Id, newsletter.ConcurrencyStamp, activity.Value!.Id);
        Assert.True(linked.Succeeded, linked.Message);
        User.As(Roles.CallCentre, "Sanne de Jong");
        return (activity.Value.Id, mailer);
    }

    [Fact]
    public async Task Receipt_ForTheNewsletter_NamesTheSameProcessorLocationAndTransferAsTheRegisterActivity()
    {
        var (activityId, processorId) = await LinkNewsletterToTheRegisterAsync();
        await ArrangeAsync();

        var receipt = await ReceiptAsync();

        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var register = await Get<RegisterService>(scope).GetAsync(activityId);
        var processor = (await Get<ProcessorService>(scope).ListAsync()).Single(p => register.Content.ProcessorIds.Contains(p.Id));
        var processing = receipt.GetProperty("records").EnumerateArray()
            .Single(r => r.GetProperty("record_id").GetString()!.EndsWith(":nieuwsbrief")).GetProperty("processing");
        Assert.Equal([processorId.ToString()], processing.GetProperty("pii_processors").EnumerateArray().Select(p => p.GetString()));
        var party = receipt.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("party_id").GetString() == processorId.ToString());
        Assert.Equal(processor.Name, party.GetProperty("party_name").GetString());
        Assert.Equal("dpv:DataProcessor", party.GetProperty("party_role").GetString());
        Assert.Equal(processor.Country, party.GetProperty("party_address").GetString());
        Assert.Equal(["Nederland", processor.Country], processing.GetProperty("storage_locations").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(
            [$"{register.Content.TransferCountries}: {register.Content.TransferSafeguards}"],
            processing.GetProperty("third_country_transfers").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal($"{register.Content.Name} (verwerkingsregister, versie {register.Version})", processing.GetProperty("register_activity").GetString());
        // The processor is no third party: the recipients stay the (here: no) third parties.
        Assert.Empty(processing.GetProperty("recipient_third_parties").EnumerateArray());
        Assert.Equal("verwerker", ConsentReceiptCodes.Describe(party.GetProperty("party_role").GetString()!));
    }

    [Fact]
    public async Task Receipt_AfterTheRegisterChangesTheProcessor_SaysWhatTheRegisterNowSays()
    {
        var (activityId, _) = await LinkNewsletterToTheRegisterAsync();
        await ArrangeAsync();
        User.As(Roles.Administrator);
        Guid dutchMailer;
        await using (var scope = Scope())
        {
            dutchMailer = (await Get<ProcessorService>(scope).SaveAsync(null, new ProcessorInput
            {
                Name = "Mailhuis Nederland B.V.",
                Country = "Nederland",
                Services = "Verstuurt de nieuwsbrief",
            }, Guid.Empty)).Value;
            var register = Get<RegisterService>(scope);
            var current = await register.GetAsync(activityId);
            var edited = await register.UpdateAsync(activityId, current.Version, current.Content with
            {
                ProcessorIds = [dutchMailer],
                TransfersOutsideEea = false,
                TransferCountries = null,
                TransferSafeguards = null,
            });
            Assert.True(edited.Succeeded, edited.Message);
        }

        User.As(Roles.CallCentre, "Sanne de Jong");
        var processing = (await ReceiptAsync()).GetProperty("records").EnumerateArray()
            .Single(r => r.GetProperty("record_id").GetString()!.EndsWith(":nieuwsbrief")).GetProperty("processing");

        Assert.Equal([dutchMailer.ToString()], processing.GetProperty("pii_processors").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["Nederland"], processing.GetProperty("storage_locations").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(processing.GetProperty("third_country_transfers").EnumerateArray());
    }

    [Fact]
    public async Task LinkingAPurposeToTheRegister_IsForTheAdministratorOnly()
    {
        var newsletter = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            Get<ConsentPurposeService>(scope).LinkActivityAsync(newsletter.Id, newsletter.ConcurrencyStamp, null));

        await using var db = RawDb();
        Assert.True(db.AuditEvents.Any(e => e.EventType == ConsentEventTypes.PurposeManage && e.Outcome == AuditOutcome.Denied));
    }

    [Fact]
    public async Task LinkingAPurpose_ToAnActivityThatIsNotInTheRegister_IsRefused()
    {
        var newsletter = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);
        User.As(Roles.Administrator);
        await using var scope = Scope();

        var result = await Get<ConsentPurposeService>(scope).LinkActivityAsync(newsletter.Id, newsletter.ConcurrencyStamp, Guid.NewGuid());

        Assert.False(result.Succeeded);
        Assert.Contains("Kies een verwerking uit het register.", result.FieldErrors[nameof(ConsentPurposeDetails.ActivityId)]);
    }

    [Fact]
    public async Task Receipt_ForAPersonWithoutDecisions_HasNoRecords_AndTheExportIsAudited()
    {
        var receipt = await ReceiptAsync();

        Assert.Empty(receipt.GetProperty("records").EnumerateArray());
        await using var db = RawDb();
        var export = db.AuditEvents.Single(e => e.EventType == ConsentEventTypes.Export);
        Assert.Equal(AuditAction.Export, export.Action);
        Assert.Equal(_home.Main.Id, export.SubjectPersonId);
        Assert.Equal(receipt.GetProperty("receipt_id").GetString(), export.TargetId);
    }
}
