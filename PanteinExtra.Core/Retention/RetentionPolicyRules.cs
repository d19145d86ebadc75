using System.ComponentModel.DataAnnotations;

namespace PanteinExtra.Core.Retention;

/// <summary>What an administrator submits to change a policy.</summary>
public sealed class RetentionPolicyInput
{
    public Guid PolicyId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    [Required(ErrorMessage = "Vul een naam in.")]
    [StringLength(120, ErrorMessage = "De naam is te lang (hoogstens 120 tekens).")]
    public string Name { get; set; } = "";

    [Range(0, 100, ErrorMessage = "Het aantal jaren ligt tussen 0 en 100.")]
    public int PeriodYears { get; set; }

    [Range(0, 11, ErrorMessage = "Het aantal maanden ligt tussen 0 en 11.")]
    public int PeriodExtraMonths { get; set; }

    public RetentionTrigger Trigger { get; set; }

    public RetentionGround Ground { get; set; }

    [StringLength(200, ErrorMessage = "De wetsverwijzing is te lang (hoogstens 200 tekens).")]
    public string? Law { get; set; }

    [Range(1, 1200, ErrorMessage = "Het wettelijk minimum ligt tussen 1 en 1200 maanden.")]
    public int? StatutoryMinimumMonths { get; set; }

    [StringLength(2000, ErrorMessage = "De motivering is te lang (hoogstens 2000 tekens).")]
    public string? Motivation { get; set; }

    public RetentionAction Action { get; set; }

    [Required(ErrorMessage = "Geef aan waarom u het beleid wijzigt.")]
    [StringLength(500, MinimumLength = 5, ErrorMessage = "Beschrijf de reden van de wijziging in 5 tot 500 tekens.")]
    public string? ChangeNote { get; set; }

    public int PeriodMonths => (PeriodYears * 12) + PeriodExtraMonths;

    public static RetentionPolicyInput From(RetentionPolicy p) => new()
    {
        PolicyId = p.Id,
        ConcurrencyStamp = p.ConcurrencyStamp,
        Name = p.Name,
        PeriodYears = p.PeriodMonths / 12,
        PeriodExtraMonths = p.PeriodMonths % 12,
        Trigger = p.Trigger,
        Ground = p.Ground,
        Law = p.Law,
        StatutoryMinimumMonths = p.StatutoryMinimumMonths,
        Motivation = p.Motivation,
        Action = p.Action,
    };
}

/// <summary>The rules a policy must satisfy, as Dutch messages per field (the form shows them next to the field).</summary>
public static class RetentionPolicyRules
{
    public const int MinimumMotivationLength = 20;

    public static IReadOnlyDictionary<string, string> Validate(RetentionPolicyInput input, IRetentionRecordKind kind)
    {
        var errors = new Dictionary<string, string>();
        var context = new ValidationContext(input);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, context, results, validateAllProperties: true);
        foreach (var r in results)
        {
            errors.TryAdd(r.MemberNames.FirstOrDefault() ?? nameof(input.Name), r.ErrorMessage ?? "Ongeldige waarde.");
        }

        if (input.PeriodMonths < 1)
        {
            errors.TryAdd(nameof(input.PeriodYears), "De bewaartermijn is minstens één maand.");
        }

        if (!kind.Triggers.Contains(input.Trigger))
        {
            errors.TryAdd(nameof(input.Trigger), "Dit startmoment past niet bij deze soort gegevens.");
        }

        if (!kind.Actions.Contains(input.Action))
        {
            errors.TryAdd(nameof(input.Action), "Deze actie is voor deze soort gegevens niet mogelijk.");
        }

        switch (input.Ground)
        {
            case RetentionGround.Statutory:
                if (string.IsNullOrWhiteSpace(input.Law))
                {
                    errors.TryAdd(nameof(input.Law), "Noem de wet waarop de bewaarplicht berust.");
                }

                if (input.StatutoryMinimumMonths is not { } minimum)
                {
                    errors.TryAdd(nameof(input.StatutoryMinimumMonths), "Vul het wettelijk minimum in (in maanden).");
                }
                else if (input.PeriodMonths < minimum)
                {
                    errors.TryAdd(nameof(input.PeriodYears),
                        $"De bewaartermijn mag niet korter zijn dan het wettelijk minimum van {RetentionCalendar.DescribePeriod(minimum)}.");
                }

                break;
            case RetentionGround.StrictlyNecessary:
                if ((input.Motivation?.Trim().Length ?? 0) < MinimumMotivationLength)
                {
                    errors.TryAdd(nameof(input.Motivation), $"Motiveer waarom deze termijn strikt noodzakelijk is (minstens {MinimumMotivationLength} tekens).");
                }

                break;
        }

        if (kind.Floor is { } floor)
        {
            if (input.Ground != RetentionGround.Statutory)
            {
                errors.TryAdd(nameof(input.Ground), $"Voor deze gegevens geldt een wettelijke bewaarplicht ({floor.Law}).");
            }
            else if ((input.StatutoryMinimumMonths ?? 0) < floor.MinimumMonths)
            {
                errors.TryAdd(nameof(input.StatutoryMinimumMonths),
                    $"Het wettelijk minimum is {RetentionCalendar.DescribePeriod(floor.MinimumMonths)} ({floor.Law}).");
            }
        }

        return errors;
    }
}
