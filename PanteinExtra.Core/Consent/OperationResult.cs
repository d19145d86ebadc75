namespace PanteinExtra.Core.Consent;

/// <summary>
/// An expected business outcome the UI can show: a value, or Dutch messages keyed by the input field they belong to
/// (<see cref="General"/> when they belong to no single field). Not-found and forbidden stay exceptions.
/// </summary>
public sealed record OperationResult<T>(T? Value, IReadOnlyDictionary<string, string> Errors)
{
    public const string General = "";

    public bool Succeeded => Errors.Count == 0;

    public static OperationResult<T> Ok(T value) => new(value, new Dictionary<string, string>());

    public static OperationResult<T> Fail(string field, string message) =>
        new(default, new Dictionary<string, string> { [field] = message });

    public static OperationResult<T> Fail(IReadOnlyDictionary<string, string> errors) => new(default, errors);

    /// <summary>All messages in one line, for a snackbar.</summary>
    public string ErrorText => string.Join(" ", Errors.Values);
}
