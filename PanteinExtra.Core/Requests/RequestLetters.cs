using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Requests;

/// <summary>Dutch letter drafts for each outcome; the FG edits them before sending, and what was sent is kept.</summary>
public static class RequestLetters
{
    public static string Draft(LetterKind kind, RequestDetails request, DateOnly today)
    {
        var s = request.Summary;
        var salutation = $"Beste {s.PersonName},";
        var about = $"uw verzoek om {s.Type.Label()} (verzoek #{s.Number}), ontvangen op {Dutch.LongDate(s.ReceivedOn)}";
        var body = kind switch
        {
            LetterKind.Received =>
                $"Wij hebben {about} in goede orde ontvangen. Wij reageren uiterlijk op {Dutch.LongDate(s.Deadline)}. " +
                "Het kan zijn dat wij u eerst vragen om uw identiteit te bevestigen; daarvoor gebruiken wij zo veel mogelijk gegevens die wij al van u hebben.",
            LetterKind.Extended =>
                $"Wij hebben meer tijd nodig om {about} af te handelen. De reden is: {request.ExtensionReason}. " +
                $"De wet (artikel 12, lid 3 AVG) staat ons toe de termijn met twee maanden te verlengen. U ontvangt uiterlijk op {Dutch.LongDate(s.Deadline)} ons antwoord.",
            LetterKind.Completed =>
                $"Wij hebben {about} afgehandeld.\n\n{request.Outcome}",
            LetterKind.Rejected =>
                $"Wij kunnen {about} helaas niet (volledig) uitvoeren, omdat {(request.RejectionReason is { } r ? r.Label() : "")}." +
                (string.IsNullOrWhiteSpace(request.Outcome) ? "" : $"\n\n{request.Outcome}"),
        };
        var complaint = kind is LetterKind.Completed or LetterKind.Rejected
            ? "\n\nBent u het niet eens met de afhandeling? Dan kunt u contact opnemen met onze Functionaris Gegevensbescherming. " +
              "U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens (www.autoriteitpersoonsgegevens.nl)."
            : "";
        return $"{Dutch.LongDate(today)}\n\n{salutation}\n\n{body}{complaint}\n\nMet vriendelijke groet,\n\nPantein Extra\nFunctionaris Gegevensbescherming";
    }
}
