using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Members;

/// <summary>A complaint is closed with its outcome on the desk; the closing day is where its retention starts counting.</summary>
public sealed class ComplaintClosingRetentionTests : IAsyncLifetime
{
    private readonly MembersTestHost _host = new();
    private Household _household = default!;
    private Feedback _complaint = default!;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _household = MemberBuilders.Household("Jan", "de", "Vries", email: "jan@voorbeeld.nl");
        _complaint = new Feedback { HouseholdId = _household.Id, Kind = FeedbackKind.Complaint, Subject = "Te late hulp", ReceivedOn = new DateOnly(2026, 2, 1) };
        _household.Feedback.Add(_complaint);
        await _host.AddAsync(_household);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    private ComplaintClosingInput Input(string? outcome) =>
        new() { FeedbackId = _complaint.Id, ConcurrencyStamp = _complaint.ConcurrencyStamp, Outcome = outcome };

    [Fact]
    public async Task CloseComplaint_RecordsTheOutcomeAndTheDay_AndIsAuditedWithTheCallsPurpose()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);

        var result = await _host.Get<MemberDeskService>(scope).CloseComplaintAsync(_household.Id, Input("  Excuses aangeboden; de planning is aangepast. "));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("De klacht is afgesloten.", result.Message);
        await using var db = _host.RawDb();
        var saved = await db.Feedback.SingleAsync(f => f.Id == _complaint.Id);
        Assert.Equal("Excuses aangeboden; de planning is aangepast.", saved.Outcome);
        Assert.Equal(DutchTime.Today(_host.Clock), saved.ClosedOn);
        var update = Assert.Single(await _host.EventsAsync(MembersEventTypes.FeedbackClose));
        Assert.Contains("telefonisch contact", update.PurposeOfUse);
    }

    [Fact]
    public async Task CloseComplaint_WithoutOutcome_IsRefusedWithADutchFieldMessage_AndStaysOpen()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);

        var result = await _host.Get<MemberDeskService>(scope).CloseComplaintAsync(_household.Id, Input("   "));

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal("De uitkomst is verplicht.", result.FieldErrors![nameof(ComplaintClosingInput.Outcome)]);
        await using var db = _host.RawDb();
        Assert.Null((await db.Feedback.SingleAsync(f => f.Id == _complaint.Id)).ClosedOn);
    }

    [Fact]
    public async Task CloseComplaint_Twice_IsAConflict_AndKeepsTheFirstOutcome()
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, _household.Id);
        var desk = _host.Get<MemberDeskService>(scope);
        Assert.True((await desk.CloseComplaintAsync(_household.Id, Input("Opgelost"))).Succeeded);

        var again = await desk.CloseComplaintAsync(_household.Id, Input("Anders opgelost"));

        Assert.Equal(ResultStatus.Conflict, again.Status);
        await using var db = _host.RawDb();
        Assert.Equal("Opgelost", (await db.Feedback.SingleAsync(f => f.Id == _complaint.Id)).Outcome);
    }

    [Theory]
    [InlineData(Roles.PrivacyOfficer)]
    [InlineData(Roles.Administrator)]
    public async Task CloseComplaint_ByAnotherRoleThanTheDesk_IsDenied(string role)
    {
        _host.User.As(role);
        await using var scope = _host.Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.Get<MemberDeskService>(scope).CloseComplaintAsync(_household.Id, Input("Opgelost")));

        await using var db = _host.RawDb();
        Assert.Null((await db.Feedback.SingleAsync(f => f.Id == _complaint.Id)).ClosedOn);
    }

    [Fact]
    public void Close_ACompliment_OrWithoutOutcome_IsRefused_AndChangesNothing()
    {
        var compliment = new Feedback { Kind = FeedbackKind.Compliment, Subject = "Vriendelijk", ReceivedOn = new DateOnly(2026, 1, 1) };
        var complaint = new Feedback { Kind = FeedbackKind.Complaint, Subject = "Te laat", ReceivedOn = new DateOnly(2026, 1, 1) };

        Assert.NotNull(compliment.Close("Bedankt", new DateOnly(2026, 2, 1)));
        Assert.NotNull(complaint.Close(" ", new DateOnly(2026, 2, 1)));
        Assert.Null(compliment.ClosedOn);
        Assert.True(complaint.IsOpen);
        Assert.Null(complaint.Close("Opgelost", new DateOnly(2026, 2, 1)));
        Assert.Equal(new DateOnly(2026, 2, 1), complaint.ClosedOn);
    }
}
