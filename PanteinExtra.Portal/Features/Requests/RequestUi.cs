using MudBlazor;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;

namespace PanteinExtra.Portal.Features.Requests;

/// <summary>Dutch labels and colours for the request pages.</summary>
public static class RequestUi
{
    public static Color UrgencyColor(DeadlineUrgency urgency) => urgency switch
    {
        DeadlineUrgency.Overdue => Color.Error,
        DeadlineUrgency.DueWithinAWeek => Color.Warning,
        DeadlineUrgency.OnTrack => Color.Default,
    };

    public static string Urgency(DeadlineUrgency urgency) => urgency switch
    {
        DeadlineUrgency.Overdue => "termijn verstreken",
        DeadlineUrgency.DueWithinAWeek => "binnen 7 dagen",
        DeadlineUrgency.OnTrack => "op tijd",
    };

    public static string Channel(ReceivedChannel channel) => channel switch
    {
        ReceivedChannel.Phone => "telefoon",
        ReceivedChannel.Email => "e-mail",
        ReceivedChannel.Letter => "brief",
        ReceivedChannel.Website => "website",
        ReceivedChannel.InPerson => "persoonlijk",
    };

    public static string Check(RequestIdentityChecks check) => check switch
    {
        RequestIdentityChecks.MemberNumber => "lidnummer klopt",
        RequestIdentityChecks.DateOfBirth => "geboortedatum klopt",
        RequestIdentityChecks.PostcodeAndHouseNumber => "postcode en huisnummer kloppen",
        RequestIdentityChecks.CallBackOnKnownNumber => "teruggebeld op bekend nummer",
        RequestIdentityChecks.ReplyFromKnownEmail => "antwoord van bekend e-mailadres",
        RequestIdentityChecks.IdDocumentSeenMasked => "identiteitsbewijs gezien (BSN en foto afgeschermd, niet bewaard)",
        _ => check.ToString(),
    };

    public static readonly RequestIdentityChecks[] AllChecks =
    [
        RequestIdentityChecks.MemberNumber, RequestIdentityChecks.DateOfBirth, RequestIdentityChecks.PostcodeAndHouseNumber,
        RequestIdentityChecks.CallBackOnKnownNumber, RequestIdentityChecks.ReplyFromKnownEmail, RequestIdentityChecks.IdDocumentSeenMasked,
    ];

    public static string Letter(LetterKind kind) => kind switch
    {
        LetterKind.Received => "ontvangstbevestiging",
        LetterKind.Extended => "verlenging",
        LetterKind.Completed => "afhandeling",
        LetterKind.Rejected => "afwijzing",
    };

    public static string Checks(RequestIdentityChecks checks) =>
        checks == RequestIdentityChecks.None ? "nog geen" : string.Join(", ", AllChecks.Where(c => checks.HasFlag(c)).Select(Check));
}
