namespace PanteinExtra.Core.Common;

/// <summary>How a Core command ended.</summary>
public enum ResultStatus
{
    [Display(Name = "gelukt")] Succeeded,

    /// <summary>Input broke a field rule: <see cref="Result.FieldErrors"/> says which and why.</summary>
    [Display(Name = "ongeldige invoer")] Invalid,

    /// <summary>A colleague saved first: nothing was saved, the input can be entered again on the fresh data.</summary>
    [Display(Name = "gelijktijdige wijziging")] Conflict,

    /// <summary>A rule forbids the step here and now (no caller check, restricted processing, wrong state).</summary>
    [Display(Name = "geweigerd")] Refused,

    /// <summary>What the command was about does not exist (any more).</summary>
    [Display(Name = "niet gevonden")] NotFound,
}

/// <summary>
/// The one outcome of a Core command, for the screen to show: success with an optional Dutch confirmation, Dutch
/// messages keyed by the input property they belong to, a concurrent edit, a refusal with its Dutch reason, or
/// not found. A missing role is not a result but a <see cref="ForbiddenException"/> (already audited by
/// <see cref="AccessGuard"/>). Commands that hand back a value return <see cref="Result{T}"/>.
/// </summary>
public sealed record Result
{
    public const string InvalidMessage = "Controleer de gemarkeerde velden.";

    public const string ConflictMessage =
        "Een collega heeft deze gegevens intussen gewijzigd. Uw wijziging is niet opgeslagen: laad de gegevens opnieuw en voer de wijziging opnieuw in.";

    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    private Result(ResultStatus status, string? message, IReadOnlyDictionary<string, string>? fieldErrors)
    {
        Status = status;
        Message = message;
        FieldErrors = fieldErrors ?? NoErrors;
    }

    public ResultStatus Status { get; }

    /// <summary>The Dutch confirmation of a success, or the reason it did not succeed.</summary>
    public string? Message { get; }

    /// <summary>Dutch messages keyed by the input property they belong to (<c>nameof(Input.Street)</c>).</summary>
    public IReadOnlyDictionary<string, string> FieldErrors { get; }

    public bool Succeeded => Status == ResultStatus.Succeeded;

    public string? ErrorFor(string field) => FieldErrors.GetValueOrDefault(field);

    public static Result Ok(string? message = null) => new(ResultStatus.Succeeded, message, null);

    public static Result<T> Ok<T>(T value, string? message = null) => new(new Result(ResultStatus.Succeeded, message, null), value);

    public static Result Invalid(IReadOnlyDictionary<string, string> fieldErrors) =>
        new(ResultStatus.Invalid, InvalidMessage, fieldErrors);

    public static Result Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string> { [field] = message });

    public static Result Conflict(string? message = null) => new(ResultStatus.Conflict, message ?? ConflictMessage, null);

    public static Result Refused(string reason) => new(ResultStatus.Refused, reason, null);

    public static Result NotFound(string message) => new(ResultStatus.NotFound, message, null);
}

/// <summary>A <see cref="Result"/> that carries the command's value when it succeeded.</summary>
public sealed record Result<T>
{
    internal Result(Result outcome, T? value)
    {
        Outcome = outcome;
        Value = value;
    }

    /// <summary>Status, message and field errors, as for a command without a value.</summary>
    public Result Outcome { get; }

    /// <summary>The value of a success; default otherwise.</summary>
    public T? Value { get; }

    public bool Succeeded => Outcome.Succeeded;

    public ResultStatus Status => Outcome.Status;

    public string? Message => Outcome.Message;

    public IReadOnlyDictionary<string, string> FieldErrors => Outcome.FieldErrors;

    public string? ErrorFor(string field) => Outcome.ErrorFor(field);

    /// <summary>A failure returned where a value was expected: <c>return Result.Refused("...");</c>.</summary>
    public static implicit operator Result<T>(Result failure) =>
        failure.Succeeded
            ? throw new InvalidOperationException("A success with a value is made with Result.Ok(value).")
            : new Result<T>(failure, default);

    /// <summary>Lets a screen hand a <see cref="Result{T}"/> to what shows any result; null stays null.</summary>
    public static implicit operator Result?(Result<T>? result) => result?.Outcome;
}
