using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Portal.Components.Shared.Forms;

/// <summary>
/// Shows a Core <see cref="Result"/>'s field errors next to their fields. Put it inside an <c>EditForm</c> beside
/// <c>DataAnnotationsValidator</c> (the same rules, live as the employee types) and give each MudBlazor field its
/// <c>For</c>: the message of a Core check then stands under the field it belongs to, until that field changes.
/// </summary>
public sealed class ResultValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? _store;
    private EditContext? _context;
    private Result? _shown;

    [CascadingParameter]
    public EditContext? EditContext { get; set; }

    /// <summary>The outcome of the last save (a <see cref="Result{T}"/> converts to it).</summary>
    [Parameter]
    public Result? Result { get; set; }

    protected override void OnParametersSet()
    {
        if (EditContext is null)
        {
            throw new InvalidOperationException($"{nameof(ResultValidator)} belongs inside an EditForm.");
        }

        if (!ReferenceEquals(EditContext, _context))
        {
            Detach();
            _context = EditContext;
            _store = new ValidationMessageStore(_context);
            _context.OnFieldChanged += ClearField;
        }

        if (!ReferenceEquals(Result, _shown))
        {
            _shown = Result;
            _store!.Clear();
            foreach (var (field, message) in Result?.FieldErrors ?? new Dictionary<string, string>())
            {
                _store.Add(_context.Field(field), message);
            }

            _context.NotifyValidationStateChanged();
        }
    }

    /// <summary>The field changed: Core's message for it goes at once (not only at the next validation of another rule).</summary>
    private void ClearField(object? sender, FieldChangedEventArgs e)
    {
        if (_store is null || !_context!.GetValidationMessages(e.FieldIdentifier).Any())
        {
            return;
        }

        _store.Clear(e.FieldIdentifier);
        _context.NotifyValidationStateChanged();
    }

    private void Detach()
    {
        if (_context is not null)
        {
            _context.OnFieldChanged -= ClearField;
        }
    }

    public void Dispose() => Detach();
}
