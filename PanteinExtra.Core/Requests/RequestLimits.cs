namespace PanteinExtra.Core.Requests;

/// <summary>Maximum lengths of the request's text fields: the EF configurations and the input rules both use these.</summary>
public static class RequestLimits
{
    public const int RequesterName = 200;
    public const int Description = 4000;
    public const int ExtensionReason = 2000;
    public const int Outcome = 8000;
    public const int TimelineText = 4000;

    /// <summary>An objection's assessment stands on the timeline after the decision's opening words.</summary>
    public const int Assessment = TimelineText - 100;

    public const int LetterText = 20000;

    /// <summary>The reply's addressee kept with the request before an erasure (name, surname, address lines, e-mail).</summary>
    public const int ReplyName = 200;
    public const int ReplyAddress = 400;
    public const int ReplyEmail = 254;
    public const int LiftReason = 2000;
    public const int RecipientName = 200;
    public const int SharedWhat = 1000;

    /// <summary>Why the FG closes a request while recipients are still to be told (Art. 19), kept on the timeline.</summary>
    public const int OpenNotificationsReason = 1000;
}
