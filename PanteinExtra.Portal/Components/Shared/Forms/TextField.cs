using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Portal.Components.Shared.Forms;

/// <summary>
/// The portal's text field: a <see cref="MudTextField{T}"/> whose input always carries <c>maxlength</c>. With
/// <c>For</c> set and no <c>MaxLength</c> given, it is the bound property's <see cref="MaxTextAttribute"/> plus one:
/// a paste of 100,000 characters is cut by the browser to just over the limit, so the field shows its Dutch length
/// message ("Notitie mag maximaal 4000 tekens lang zijn.") and the circuit never receives a huge message. A field
/// without a [MaxText] rule still gets <see cref="FallbackMaxLength"/>.
/// </summary>
public class TextField : MudTextField<string>
{
    /// <summary>The maxlength of a field whose property has no [MaxText] (postcodes, phone numbers: their own rule speaks).</summary>
    public const int FallbackMaxLength = 1000;

    private static readonly ConcurrentDictionary<MemberInfo, int?> Limits = new();

    private bool _maxLengthGiven;

    public override Task SetParametersAsync(ParameterView parameters)
    {
        _maxLengthGiven = parameters.TryGetValue<int>(nameof(MaxLength), out _);
        return base.SetParametersAsync(parameters);
    }

    protected override void OnParametersSet()
    {
        base.OnParametersSet();
        if (!_maxLengthGiven)
        {
            MaxLength = (For is null ? null : MaxTextOf(For)) is { } max ? max + 1 : FallbackMaxLength;
        }
    }

    /// <summary>The [MaxText] maximum of the property an expression like <c>() => _input.Text</c> points at.</summary>
    public static int? MaxTextOf(Expression<Func<string>> field)
    {
        var body = field.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : field.Body;
        return body is MemberExpression { Member: var member }
            ? Limits.GetOrAdd(member, m => m.GetCustomAttribute<MaxTextAttribute>()?.Maximum)
            : null;
    }
}
