using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Intake;

/// <summary>
/// Takes a form from the website into the inbox: the website (an authenticated intake client, not an employee) sends
/// it, Core checks every field rule, and only a valid form is stored and audited. Nothing else happens: an agent
/// handles the item (<see cref="IntakeService"/>).
/// </summary>
public sealed class IntakeSubmissionService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    ICurrentUser user,
    TimeProvider clock)
{
    /// <summary>The role the intake endpoint's authentication gives a website; no employee has it.</summary>
    public const string ClientRole = "IntakeClient";

    public const string PurposeOfUse = "website-aanmelding";

    public async Task<Result<IntakeReceipt>> SubmitAsync(IntakeKind kind, IIntakeInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(IntakeEventTypes.Submit, AuditAction.Create, [ClientRole], ct);
        if (input.GetType() != IntakeKinds.InputType(kind))
        {
            throw new ArgumentException($"A {kind} carries a {IntakeKinds.InputType(kind).Name}.", nameof(input));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var signUp = input as ConfirmedSignUpInput;
        var invalid = InputRules.Validate(input);
        if (invalid is null && signUp?.ConfirmedAt is { } confirmed && confirmed.UtcDateTime > now + IntakeLimits.ClockTolerance)
        {
            invalid = Result.Invalid(nameof(ConfirmedSignUpInput.ConfirmedAt), "Het moment van bevestiging ligt in de toekomst.");
        }

        if (invalid is not null)
        {
            await RecordRefusedAsync(kind, invalid.FieldErrors.Keys, ct);
            return invalid;
        }

        var item = new IntakeItem
        {
            Reference = NewReference(),
            Kind = kind,
            ReceivedAtUtc = now,
            ClientName = Truncate(user.DisplayName, IntakeLimits.ClientName),
            DisplayName = Truncate(input.ListName(), IntakeLimits.DisplayName),
            Payload = IntakePayload.Serialise(input),
            ConfirmationReference = signUp?.ConfirmationReference?.Trim(),
            ConfirmedAtUtc = signUp?.ConfirmedAt?.UtcDateTime,
        };

        using var purpose = auditContext.BeginPurpose($"{PurposeOfUse}: {kind.Label()}");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.IntakeItems.Add(item);
        await db.SaveChangesAsync(ct);
        return Result.Ok(new IntakeReceipt(item.Id, item.Reference, kind, now), "Ontvangen.");
    }

    /// <summary>A refused form is audited by the names of the fields it broke, never their values; nothing is stored.</summary>
    public Task RecordRefusedAsync(IntakeKind? kind, IEnumerable<string> fields, CancellationToken ct = default) =>
        audit.RecordAsync(
            new AuditRecord(IntakeEventTypes.Invalid, AuditAction.Create)
            {
                Outcome = AuditOutcome.Failed,
                TargetType = nameof(IntakeItem),
                PurposeOfUse = PurposeOfUse,
                Details = new Dictionary<string, object?> { ["kind"] = kind?.ToString(), ["fields"] = string.Join(",", fields) },
            },
            ct);

    /// <summary>"W-" and eight letters or digits without look-alikes (no 0/O, 1/I).</summary>
    internal static string NewReference()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return "W-" + RandomNumberGenerator.GetString(alphabet, 8);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
