using System.Globalization;
using ClosedXML.Excel;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Register;

/// <summary>Reads one row of the register sheet back into content, collecting a Dutch message per invalid cell.</summary>
internal sealed class RegisterRowReader(IReadOnlyDictionary<string, Guid> processorsByName)
{
    private static readonly string[] DateFormats = ["dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    private static readonly string UnknownLegalBasis =
        $"Onbekende rechtsgrond. Gebruik {RegisterText.Code(LegalBasis.Consent)} tot en met {RegisterText.Code(LegalBasis.LegitimateInterests)} " +
        $"(bijvoorbeeld '{RegisterText.Display(LegalBasis.Contract)}').";

    private static readonly string UnknownCondition =
        $"Onbekende uitzondering. Gebruik {RegisterText.Code(SpecialCategoryCondition.ExplicitConsent)} tot en met " +
        $"{RegisterText.Code(SpecialCategoryCondition.ArchivingOrResearch)} (bijvoorbeeld '{RegisterText.Display(SpecialCategoryCondition.ExplicitConsent)}').";

    private static readonly string[] QuotedStatuses = Enum.GetValues<ActivityStatus>().Select(s => $"'{s.CapitalisedLabel()}'").ToArray();

    private static readonly string UnknownStatus =
        $"Onbekende status. Gebruik {string.Join(", ", QuotedStatuses[..^1])} of {QuotedStatuses[^1]}.";

    private static readonly string NotYesOrNo =
        $"Vul '{RegisterText.YesNo(true)}' of '{RegisterText.YesNo(false)}' in (of laat leeg als het nog niet is beoordeeld).";

    private delegate bool TryParse<T>(string text, out T value);

    public sealed record Row(Guid? Id, int? Version, ActivityContent Content, List<ImportCellError> Errors);

    public Row Read(IXLRow row)
    {
        var errors = new List<ImportCellError>();
        Guid? id = null;
        int? version = null;
        var c = new ActivityContent();
        var columns = RegisterSheetLayout.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (!column.IsImported)
            {
                continue;
            }

            var cell = row.Cell(i + 1);
            var text = cell.IsEmpty() ? "" : cell.GetString().Trim();
            void Error(string message) => errors.Add(new ImportCellError(cell.Address.ToString()!, column.Header, message));

            switch (column.Kind)
            {
                case RegisterColumnKind.Id when text.Length > 0:
                    if (Guid.TryParse(text, out var parsedId))
                    {
                        id = parsedId;
                    }
                    else
                    {
                        Error("Geen geldige id. Laat de cel leeg voor een nieuwe verwerking.");
                    }

                    break;
                case RegisterColumnKind.Version when text.Length > 0:
                    if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsedVersion) && parsedVersion > 0)
                    {
                        version = parsedVersion;
                    }
                    else
                    {
                        Error("Het versienummer moet een geheel getal zijn.");
                    }

                    break;
                case RegisterColumnKind.Item:
                    c = ReadItem(column.Field!.Value, cell, text, c, Error);
                    break;
            }
        }

        return new Row(id, version, c, errors);
    }

    private ActivityContent ReadItem(RegisterField field, IXLCell cell, string text, ActivityContent c, Action<string> error)
    {
        var lines = RegisterFields.SplitLines(text);
        switch (field)
        {
            case RegisterField.Name:
                return c with { Name = text };
            case RegisterField.Description:
                return c with { Description = text };
            case RegisterField.Purposes:
                return c with { Purposes = lines };
            case RegisterField.LegalBasis:
                return c with { LegalBasis = Parsed<LegalBasis>(text, RegisterText.TryParseLegalBasis, UnknownLegalBasis, error) };
            case RegisterField.SpecialCategoryCondition:
                return c with { SpecialCategoryCondition = Parsed<SpecialCategoryCondition>(text, RegisterText.TryParseCondition, UnknownCondition, error) };
            case RegisterField.DataSubjectCategories:
                return c with { DataSubjectCategories = lines };
            case RegisterField.PersonalDataCategories:
                return c with { PersonalDataCategories = lines.Select(RegisterText.ParsePersonalData).ToList() };
            case RegisterField.Recipients:
                return c with { Recipients = lines };
            case RegisterField.Processors:
                var ids = new List<Guid>();
                foreach (var name in lines)
                {
                    if (processorsByName.TryGetValue(name, out var processorId))
                    {
                        ids.Add(processorId);
                    }
                    else
                    {
                        error($"Onbekende verwerker '{name}'. Leg de verwerker eerst vast onder Verwerkers, of gebruik de naam zoals daar.");
                    }
                }

                return c with { ProcessorIds = ids };
            case RegisterField.TransfersOutsideEea:
                return c with { TransfersOutsideEea = Parsed<bool>(text, RegisterText.TryParseYesNo, NotYesOrNo, error) };
            case RegisterField.TransferCountries:
                return c with { TransferCountries = text };
            case RegisterField.TransferSafeguards:
                return c with { TransferSafeguards = text };
            case RegisterField.RetentionPeriod:
                return c with { RetentionPeriod = text };
            case RegisterField.RetentionPolicyId:
                return c with { RetentionPolicyId = Parsed<Guid>(text, Guid.TryParse, "Geen geldige id van een bewaarbeleid. Laat de cel leeg als er geen is.", error) };
            case RegisterField.SecurityMeasures:
                return c with { SecurityMeasures = lines };
            case RegisterField.Source:
                return c with { Source = text };
            case RegisterField.Owner:
                return c with { Owner = text };
            case RegisterField.DpiaRequired:
                return c with { DpiaRequired = Parsed<bool>(text, RegisterText.TryParseYesNo, NotYesOrNo, error) };
            case RegisterField.DpiaCompletedOn:
                return c with { DpiaCompletedOn = Date(cell, text, error) };
            case RegisterField.Status:
                return c with { Status = Parsed<ActivityStatus>(text, RegisterText.TryParseStatus, UnknownStatus, error) ?? ActivityStatus.Draft };
            case RegisterField.LastReviewedOn:
                return c with { LastReviewedOn = Date(cell, text, error) };
            case RegisterField.NextReviewOn:
                return c with { NextReviewOn = Date(cell, text, error) };
            default:
                return c;
        }
    }

    /// <summary>A coded cell: nothing when empty; when it holds none of the known values, the message and nothing.</summary>
    private static T? Parsed<T>(string text, TryParse<T> parse, string message, Action<string> error)
        where T : struct
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        error(message);
        return null;
    }

    private static DateOnly? Date(IXLCell cell, string text, Action<string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (cell.DataType == XLDataType.DateTime)
        {
            return DateOnly.FromDateTime(cell.GetDateTime());
        }

        if (cell.DataType == XLDataType.Number && cell.GetDouble() is var serial and > 0 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error("Geen geldige datum. Gebruik dag-maand-jaar, bijvoorbeeld 31-12-2026.");
        return null;
    }
}
