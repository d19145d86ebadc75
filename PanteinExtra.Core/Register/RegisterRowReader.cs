using System.Globalization;
using ClosedXML.Excel;

namespace PanteinExtra.Core.Register;

/// <summary>Reads one row of the register sheet back into content, collecting a Dutch message per invalid cell.</summary>
internal sealed class RegisterRowReader(IReadOnlyDictionary<string, Guid> processorsByName)
{
    private static readonly string[] DateFormats = ["dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public sealed record Result(Guid? Id, int? Version, ActivityContent Content, List<ImportCellError> Errors);

    public Result Read(IXLRow row)
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

        return new Result(id, version, c, errors);
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
            case RegisterField.LegalBasis when text.Length == 0:
                return c;
            case RegisterField.LegalBasis:
                if (RegisterText.TryParseLegalBasis(text, out var basis))
                {
                    return c with { LegalBasis = basis };
                }

                error("Onbekende rechtsgrond. Gebruik 6.1.a tot en met 6.1.f (bijvoorbeeld '6.1.b Uitvoering van een overeenkomst').");
                return c;
            case RegisterField.SpecialCategoryCondition when text.Length == 0:
                return c;
            case RegisterField.SpecialCategoryCondition:
                if (RegisterText.TryParseCondition(text, out var condition))
                {
                    return c with { SpecialCategoryCondition = condition };
                }

                error("Onbekende uitzondering. Gebruik 9.2.a tot en met 9.2.j (bijvoorbeeld '9.2.a Uitdrukkelijke toestemming').");
                return c;
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
                return YesNo(text, error) is var (okTransfer, transfers) && okTransfer ? c with { TransfersOutsideEea = transfers } : c;
            case RegisterField.TransferCountries:
                return c with { TransferCountries = text };
            case RegisterField.TransferSafeguards:
                return c with { TransferSafeguards = text };
            case RegisterField.RetentionPeriod:
                return c with { RetentionPeriod = text };
            case RegisterField.RetentionPolicyId when text.Length == 0:
                return c;
            case RegisterField.RetentionPolicyId:
                if (Guid.TryParse(text, out var policyId))
                {
                    return c with { RetentionPolicyId = policyId };
                }

                error("Geen geldige id van een bewaarbeleid. Laat de cel leeg als er geen is.");
                return c;
            case RegisterField.SecurityMeasures:
                return c with { SecurityMeasures = lines };
            case RegisterField.Source:
                return c with { Source = text };
            case RegisterField.Owner:
                return c with { Owner = text };
            case RegisterField.DpiaRequired:
                return YesNo(text, error) is var (okDpia, dpia) && okDpia ? c with { DpiaRequired = dpia } : c;
            case RegisterField.DpiaCompletedOn:
                return c with { DpiaCompletedOn = Date(cell, text, error) };
            case RegisterField.Status when text.Length == 0:
                return c with { Status = ActivityStatus.Draft };
            case RegisterField.Status:
                if (RegisterText.TryParseStatus(text, out var status))
                {
                    return c with { Status = status };
                }

                error("Onbekende status. Gebruik 'Concept', 'Volledig' of 'Herziening nodig'.");
                return c;
            case RegisterField.LastReviewedOn:
                return c with { LastReviewedOn = Date(cell, text, error) };
            case RegisterField.NextReviewOn:
                return c with { NextReviewOn = Date(cell, text, error) };
            default:
                return c;
        }
    }

    private static (bool Ok, bool? Value) YesNo(string text, Action<string> error)
    {
        if (RegisterText.TryParseYesNo(text, out var value))
        {
            return (true, value);
        }

        error("Vul 'Ja' of 'Nee' in (of laat leeg als het nog niet is beoordeeld).");
        return (false, null);
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
