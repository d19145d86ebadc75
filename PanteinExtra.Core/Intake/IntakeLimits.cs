using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Intake;

/// <summary>Maximum lengths of the inbox's columns and the website's fields (names and address use <see cref="MemberLimits"/>).</summary>
public static class IntakeLimits
{
    public const int Reference = 20;
    public const int ClientName = 60;
    public const int DisplayName = 240;
    public const int ConfirmationReference = 100;
    public const int QuestionSubject = MemberLimits.FeedbackSubject;
    public const int QuestionText = MemberLimits.LongText;
    public const int OutcomeNote = MemberLimits.Outcome;

    /// <summary>The stored form as JSON: every field at its maximum fits.</summary>
    public const int Payload = 8000;

    /// <summary>The largest request body the endpoint reads (bytes); a larger one is 413.</summary>
    public const int MaxBodyBytes = 32 * 1024;

    /// <summary>A confirmation moment may lie this far ahead of the portal's clock (clock drift), no further.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);
}
