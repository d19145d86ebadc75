namespace PanteinExtra.Core.Register;

/// <summary>What the import would do with a row.</summary>
public enum ImportRowKind
{
    [Display(Name = "toegevoegd")] Added,
    [Display(Name = "gewijzigd")] Changed,
    [Display(Name = "ongewijzigd")] Unchanged,
    [Display(Name = "fout")] Invalid,
}

/// <summary>What is wrong with one cell, in Dutch, with its address ("F7") and column header.</summary>
public sealed record ImportCellError(string Cell, string Column, string Message);

/// <summary>One row of the sheet as the import understood it. <see cref="Content"/> is null when the row is invalid.</summary>
public sealed record ImportRow(
    int RowNumber,
    string Name,
    ImportRowKind Kind,
    Guid? ActivityId,
    int? BaseVersion,
    ActivityContent? Content,
    IReadOnlyList<RegisterField> ChangedFields,
    IReadOnlyList<ImportCellError> Errors);

/// <summary>
/// What an import would do: a report per row and per cell, not the outcome of a command. Nothing has been written;
/// <see cref="RegisterImportService.ApplyAsync"/> does that and returns a <see cref="Common.Result"/>.
/// </summary>
public sealed record ImportPreview(string? FileError, IReadOnlyList<ImportRow> Rows)
{
    public int Added => Rows.Count(r => r.Kind == ImportRowKind.Added);

    public int Changed => Rows.Count(r => r.Kind == ImportRowKind.Changed);

    public int Unchanged => Rows.Count(r => r.Kind == ImportRowKind.Unchanged);

    public int Invalid => Rows.Count(r => r.Kind == ImportRowKind.Invalid);

    /// <summary>Only a file without a single invalid cell is imported, and only if it changes something.</summary>
    public bool CanApply => FileError is null && Invalid == 0 && Added + Changed > 0;

    internal static ImportPreview Refused(string message) => new(message, []);
}
