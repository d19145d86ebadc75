namespace PanteinExtra.Core.Members;

public enum DeskOutcome
{
    Saved,
    Invalid,
    Conflict,
    NotAllowed,
}

/// <summary>The outcome of a step of serving the call, for the UI to show (field errors next to their fields).</summary>
public sealed record DeskResult(DeskOutcome Outcome, string? Message = null, IReadOnlyDictionary<string, string>? FieldErrors = null)
{
    public bool Succeeded => Outcome == DeskOutcome.Saved;

    public static DeskResult Saved(string? message = null) => new(DeskOutcome.Saved, message);

    public static DeskResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        new(DeskOutcome.Invalid, "Controleer de gemarkeerde velden.", errors);

    public static DeskResult Conflict() => new(
        DeskOutcome.Conflict,
        "Een collega heeft deze gegevens intussen gewijzigd. Uw wijziging is niet opgeslagen: herlaad het huishouden en voer de wijziging opnieuw in.");

    public static DeskResult NotAllowed(string message) => new(DeskOutcome.NotAllowed, message);
}
