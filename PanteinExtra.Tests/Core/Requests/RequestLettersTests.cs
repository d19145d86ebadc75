using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;

namespace PanteinExtra.Tests.Core.Requests;

/// <summary>Every letter variant: addressed, in correct Dutch, with the FG's contact details; a decision with its reasons and the member's remedies.</summary>
public sealed class RequestLettersTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static readonly LetterSender Fg = new("Pantein Extra", "Postbus 50, 5830 AB Boxmeer", "M. el Amrani", "fg@panteinextra.nl", "0485 123 456");

    private static readonly LetterAddressee Johanna = new("J. van der Berg", "van der Berg", ["Kerkstraat 12", "6511 AB  Nijmegen"], "j.vanderberg@example.nl");

    private static RequestDetails Request(
        RequestStatus status = RequestStatus.InProgress, RequestType type = RequestType.Access, RejectionReason? reason = null, string? outcome = null,
        FormOfAddress form = FormOfAddress.Madam, LetterAddressee? addressee = null, DateOnly? askedOn = null, IdentityQuestionWay? askedBy = null) =>
        new(
            new RequestSummary(Guid.NewGuid(), 12, type, status, new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 2), DeadlineUrgency.OnTrack,
                Guid.NewGuid(), Guid.NewGuid(), "Johanna van der Berg", true, true, null, Guid.NewGuid()),
            ReceivedChannel.Letter, RequesterKind.DataSubject, null, null, RequestIdentityChecks.None, new DateOnly(2026, 4, 2), null, null,
            reason, outcome, "Sanne de Jong", [], [])
        {
            Addressee = addressee ?? Johanna,
            FormOfAddress = form,
            IdentityAskedOn = askedOn,
            IdentityAskedBy = askedBy,
            IdentityAnswerDueOn = askedOn is { } a ? IdentityRule.AnswerDueOn(a) : null,
        };

    public static TheoryData<LetterKind> Kinds() => [.. Enum.GetValues<LetterKind>()];

    private static string Draft(LetterKind kind, RequestDetails? request = null) => RequestLetters.Draft(
        kind,
        request ?? Request(kind switch
        {
            LetterKind.Completed => RequestStatus.Completed,
            LetterKind.Rejected => RequestStatus.Rejected,
            _ => RequestStatus.InProgress,
        }, reason: kind == LetterKind.Rejected ? RejectionReason.ManifestlyUnfounded : null),
        Fg, Today, kind == LetterKind.Extended ? "wij moeten gegevens bij drie dienstverleners opvragen." : null);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryLetter_IsAddressed_Dated_NamesTheRequest_AndGivesTheFgsContactDetails(LetterKind kind)
    {
        var letter = Draft(kind);

        Assert.StartsWith("Mevrouw J. van der Berg\nKerkstraat 12\n6511 AB  Nijmegen\n\n20 maart 2026", letter);
        Assert.Contains("Geachte mevrouw Van der Berg,", letter);
        Assert.Contains("(verzoek #12)", letter);
        Assert.Contains("Op 2 maart 2026 hebben wij uw verzoek om inzage in uw persoonsgegevens ontvangen.", letter);
        Assert.Contains("Neem dan contact op met onze functionaris gegevensbescherming, M. el Amrani, via fg@panteinextra.nl of 0485 123 456.", letter);
        Assert.EndsWith("M. el Amrani\nFunctionaris gegevensbescherming, Pantein Extra\nPostbus 50, 5830 AB Boxmeer", letter);
        Assert.DoesNotContain("Beste", letter);
        Assert.DoesNotContain(" ,", letter);
        Assert.DoesNotContain("  .", letter);
    }

    [Theory]
    [InlineData(LetterKind.Completed, true)]
    [InlineData(LetterKind.Rejected, true)]
    [InlineData(LetterKind.Received, false)]
    [InlineData(LetterKind.IdentityQuestion, false)]
    [InlineData(LetterKind.Extended, false)]
    public void ADecision_NamesTheComplaintToTheApAndTheCourt(LetterKind kind, bool decision)
    {
        var letter = Draft(kind);

        Assert.Equal(decision, letter.Contains(RequestLetters.ApComplaint));
        Assert.Equal(decision, letter.Contains(RequestLetters.Court));
        if (decision)
        {
            Assert.Contains("Postbus 93374, 2509 AJ Den Haag", letter);
            Assert.Contains("binnen zes weken", letter);
            Assert.Contains("artikel 35 UAVG", letter);
        }
    }

    [Theory]
    [InlineData(RejectionReason.IdentityNotEstablished, "omdat wij niet hebben kunnen vaststellen dat het verzoek van u komt (artikel 12, lid 2 en 6 AVG).")]
    [InlineData(RejectionReason.ManifestlyUnfounded, "omdat het verzoek kennelijk ongegrond is (artikel 12, lid 5 AVG).")]
    [InlineData(RejectionReason.Excessive, "omdat het verzoek buitensporig is, met name omdat het een herhaling is van eerdere verzoeken (artikel 12, lid 5 AVG).")]
    [InlineData(RejectionReason.ErasureException, "omdat wij wettelijk verplicht zijn deze gegevens te bewaren, of ze nodig hebben voor een rechtsvordering (artikel 17, lid 3 AVG).")]
    [InlineData(RejectionReason.RequesterNotAuthorised, "omdat het verzoek is gedaan door iemand die niet bevoegd is om dat namens u te doen.")]
    [InlineData(RejectionReason.NoDataHeld, "omdat wij geen persoonsgegevens van u verwerken.")]
    public void ARejection_GivesItsReasonInASubordinateClause_AndTheFgsExplanation(RejectionReason reason, string sentence)
    {
        var letter = Draft(LetterKind.Rejected, Request(RequestStatus.Rejected, reason: reason, outcome: "Wij hebben u in januari al een volledig overzicht gestuurd."));

        Assert.Contains("maar wij kunnen het helaas niet uitvoeren, " + sentence, letter);
        Assert.Contains("\n\nWij hebben u in januari al een volledig overzicht gestuurd.", letter);
    }

    [Fact]
    public void ARejectionForIdentity_TellsWhenAndHowWeAsked_AndUntilWhenWeWaited()
    {
        var byLetter = Draft(LetterKind.Rejected, Request(RequestStatus.Rejected, reason: RejectionReason.IdentityNotEstablished, askedOn: new DateOnly(2026, 3, 3), askedBy: IdentityQuestionWay.Letter));
        var byPhone = Draft(LetterKind.Rejected, Request(RequestStatus.Rejected, reason: RejectionReason.IdentityNotEstablished, askedOn: new DateOnly(2026, 3, 3), askedBy: IdentityQuestionWay.CallBack));

        Assert.Contains("Op 3 maart 2026 hebben wij u per brief om aanvullende gegevens gevraagd, om te bevestigen dat het verzoek van u komt. Tot en met 17 maart 2026 hebben wij geen gegevens ontvangen", byLetter);
        Assert.Contains("Op 3 maart 2026 hebben wij u teruggebeld op het telefoonnummer dat bij ons bekend is", byPhone);
        Assert.Contains("U kunt uw verzoek altijd opnieuw indienen.", byLetter);
    }

    [Fact]
    public void TheReceipt_GivesTheDeadline()
    {
        var letter = Draft(LetterKind.Received);

        Assert.Contains("Wij sturen u uiterlijk op 2 april 2026 ons antwoord.", letter);
        Assert.Contains("Onderwerp: Uw verzoek om inzage in uw persoonsgegevens (verzoek #12)", letter);
    }

    [Fact]
    public void TheQuestionForIdentity_AsksForDataWeHold_WithTheAnswerDate_AndNoIdCopy()
    {
        var letter = Draft(LetterKind.IdentityQuestion);

        Assert.Contains("uiterlijk op 3 april 2026 twee van deze gegevens sturen: uw lidnummer, uw geboortedatum, of uw postcode en huisnummer?", letter);
        Assert.Contains("Stuurt u ons geen kopie van uw identiteitsbewijs", letter);
    }

    [Fact]
    public void TheExtension_GivesTheReasonTheArticleAndTheNewDeadline()
    {
        var letter = Draft(LetterKind.Extended);

        Assert.Contains("De reden is: wij moeten gegevens bij drie dienstverleners opvragen. De wet staat ons toe de termijn daarom met twee maanden te verlengen (artikel 12, lid 3 AVG).", letter);
        Assert.Contains("U ontvangt ons antwoord uiterlijk op 2 juni 2026.", letter);
    }

    [Fact]
    public void TheCompletion_CarriesTheOutcome()
    {
        var letter = Draft(LetterKind.Completed, Request(RequestStatus.Completed, type: RequestType.Erasure, outcome: "Gewist: uw naam en adres."));

        Assert.Contains("Op 2 maart 2026 hebben wij uw verzoek om verwijdering van uw persoonsgegevens ontvangen. Wij hebben uw verzoek afgehandeld.\n\nGewist: uw naam en adres.", letter);
    }

    [Theory]
    [InlineData(FormOfAddress.Madam, "van der Berg", "Geachte mevrouw Van der Berg,")]
    [InlineData(FormOfAddress.Sir, "de Vries", "Geachte heer De Vries,")]
    [InlineData(FormOfAddress.Sir, "Jansen", "Geachte heer Jansen,")]
    [InlineData(FormOfAddress.Unknown, "Jansen", "Geachte heer, mevrouw,")]
    [InlineData(FormOfAddress.Madam, null, "Geachte heer, mevrouw,")]
    public void Salutation_IsFormal_FromWhatWeHold(FormOfAddress form, string? surname, string expected) =>
        Assert.Equal(expected, RequestLetters.Salutation(form, surname));

    [Fact]
    public void WithoutAnAddressee_TheLetterHasNoAddressBlock_AndTheNeutralSalutation()
    {
        var request = Request(form: FormOfAddress.Unknown) with { Addressee = null };

        var letter = RequestLetters.Draft(LetterKind.Received, request, Fg, Today);

        Assert.StartsWith("20 maart 2026\n\n", letter);
        Assert.Contains("\n\nGeachte heer, mevrouw,\n\n", letter);
    }

    [Fact]
    public void EveryRequestType_ReadsAsASentence() =>
        Assert.All(Enum.GetValues<RequestType>(), t => Assert.StartsWith("uw ", RequestLetters.About(t)));
}
