using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Retention;

/// <summary>What an administrator submits to change a policy.</summary>
public sealed class RetentionPolicyInput
{
    public Guid PolicyId { get; set; }

    /// <summary>The stamp the administrator's screen was based on.</summary>
    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "Naam"), Mandatory, MaxText(RetentionLimits.PolicyName)]
    public string Name { get; set; } = "";

    [Display(Name = "Het aantal jaren"), Between(0, RetentionLimits.MaximumPeriodYears)]
    public int PeriodYears { get; set; }

    [Display(Name = "Het aantal maanden"), Between(0, 11)]
    public int PeriodExtraMonths { get; set; }

    public RetentionTrigger Trigger { get; set; }

    public RetentionGround Ground { get; set; }

    [Display(Name = "De wetsverwijzing"), MaxText(RetentionLimits.Law)]
    public string? Law { get; set; }

    [Display(Name = "Het wettelijk minimum (in maanden)"), Between(1, RetentionLimits.MaximumStatutoryMinimumMonths)]
    public int? StatutoryMinimumMonths { get; set; }

    [Display(Name = "De motivering"), MaxText(RetentionLimits.Motivation), MultiLine]
    public string? Motivation { get; set; }

    public RetentionAction Action { get; set; }

    [Display(Name = "De reden van de wijziging"), Mandatory, MinText(RetentionLimits.MinimumChangeNote), MaxText(RetentionLimits.ChangeNote)]
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

/// <summary>
/// The rules a policy change must satisfy: the field rules on <see cref="RetentionPolicyInput"/>, and the rules of
/// the law and of the kind of record (the ground's law and minimum, the legal floor a period may not go below, the
/// motivation of "strictly necessary", a trigger and action that fit the kind). Every broken rule is reported at
/// once, keyed by the field it belongs to; the statutory minimum stands next to the period.
/// </summary>
public static class RetentionPolicyRules
{
    public static Result? Validate(RetentionPolicyInput input, IRetentionPolicySubject kind)
    {
        var errors = new Dictionary<string, string>(InputRules.Check(input));
        foreach (var (field, message) in PolicyErrors(input, kind))
        {
            errors.TryAdd(field, message);
        }

        return errors.Count > 0 ? Result.Invalid(errors) : null;
    }

    private static IEnumerable<(string Field, string Message)> PolicyErrors(RetentionPolicyInput input, IRetentionPolicySubject kind)
    {
        if (input.PeriodMonths < 1)
        {
            yield return (nameof(input.PeriodYears), "De bewaartermijn is minstens één maand.");
        }

        if (!kind.Triggers.Contains(input.Trigger))
        {
            yield return (nameof(input.Trigger), "Dit startmoment past niet bij deze soort gegevens.");
        }

        if (!kind.Actions.Contains(input.Action))
        {
            yield return (nameof(input.Action), "Deze actie is voor deze soort gegevens niet mogelijk.");
        }

        switch (input.Ground)
        {
            case RetentionGround.Statutory:
                if (string.IsNullOrWhiteSpace(input.Law))
                {
                    yield return (nameof(input.Law), "Noem de wet waarop de bewaarplicht berust.");
                }

                if (input.StatutoryMinimumMonths is not { } minimum)
                {
                    yield return (nameof(input.StatutoryMinimumMonths), "Vul het wettelijk minimum in (in maanden).");
                }
                else if (input.PeriodMonths < minimum)
                {
                    yield return (nameof(input.PeriodYears),
                        $"De bewaartermijn mag niet korter zijn dan het wettelijk minimum van {RetentionCalendar.DescribePeriod(minimum)}.");
                }

                break;
            case RetentionGround.StrictlyNecessary:
                if ((input.Motivation?.Trim().Length ?? 0) < RetentionLimits.MinimumMotivation)
                {
                    yield return (nameof(input.Motivation),
                        $"Motiveer waarom deze termijn strikt noodzakelijk is (minstens {RetentionLimits.MinimumMotivation} tekens).");
                }

                break;
        }

        if (kind.Floor is { } floor)
        {
            if (input.Ground != RetentionGround.Statutory)
            {
                yield return (nameof(input.Ground), $"Voor deze gegevens geldt een wettelijke bewaarplicht ({floor.Law}).");
            }
            else if ((input.StatutoryMinimumMonths ?? 0) < floor.MinimumMonths)
            {
                yield return (nameof(input.StatutoryMinimumMonths),
                    $"Het wettelijk minimum is {RetentionCalendar.DescribePeriod(floor.MinimumMonths)} ({floor.Law}).");
            }
        }
    }
}
