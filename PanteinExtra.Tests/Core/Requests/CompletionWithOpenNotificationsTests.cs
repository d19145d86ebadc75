using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

/// <summary>Art. 19: a request does not close while recipients are still to be told, unless the FG records why.</summary>
public sealed class CompletionWithOpenNotificationsTests : CoreTestHost
{
    private RequestTestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _home = await RequestTestHousehold.CreateAsync(this);
        await using var db = RawDb();
        db.InsuranceDiscounts.Add(new InsuranceDiscount { HouseholdId = _home.HouseholdId, PersonId = _home.MainMemberId, Insurer = "VGZ", StartDate = DutchTime.Today(Clock).AddYears(-1) });
        await db.SaveChangesAsync();
        User.As(Roles.PrivacyOfficer);
    }

    private async Task<Guid> InProgressAsync(RequestType type)
    {
        await using var scope = Scope();
        return await _home.InProgressAsync(Get<RequestService>(scope), type, DutchTime.Today(Clock));
    }

    private async Task<IReadOnlyList<NotificationTask>> TasksAsync(Guid requestId)
    {
        await using var scope = Scope();
        return await Get<FulfilmentService>(scope).CreateNotificationTasksAsync(requestId);
    }

    private async Task<Result<RequestSummary>> CompleteAsync(Guid requestId, string? reason)
    {
        await using var scope = Scope();
        var service = Get<RequestService>(scope);
        var current = await service.GetAsync(requestId);
        return await service.MoveAsync(requestId, RequestStatus.Completed, new StatusChangeInput
        {
            ConcurrencyStamp = current.Summary.ConcurrencyStamp,
            Outcome = "Gegevens gewist.",
            OpenNotificationsReason = reason,
        });
    }

    [Fact]
    public async Task Completing_WithOpenNotificationTasks_IsRefusedInDutch_WithoutAReason()
    {
        var id = await InProgressAsync(RequestType.Erasure);
        await TasksAsync(id);

        var refused = await CompleteAsync(id, reason: "  ");

        Assert.Equal(ResultStatus.Refused, refused.Status);
        Assert.Equal(RequestService.OpenNotificationsRefusal(1), refused.Message);
        Assert.Contains("1 kennisgeving aan een ontvanger staat nog open (artikel 19 AVG)", refused.Message);
        await using var scope = Scope();
        var details = await Get<RequestService>(scope).GetAsync(id);
        Assert.Equal(RequestStatus.InProgress, details.Summary.Status);
        Assert.Equal(1, details.OpenNotifications);
    }

    [Fact]
    public async Task Completing_WithOpenNotificationTasks_AndAReason_WritesItOnTheTimeline_AndTheAccessLog()
    {
        var id = await InProgressAsync(RequestType.Erasure);
        await TasksAsync(id);

        var done = await CompleteAsync(id, reason: "De zorgverzekeraar is telefonisch ingelicht; de brief volgt.");

        Assert.True(done.Succeeded, done.Message);
        await using var db = RawDb();
        var entry = await db.RequestTimelineEntries.SingleAsync(e => e.RequestId == id && e.ToStatus == RequestStatus.Completed);
        Assert.Equal(
            "Afgehandeld terwijl 1 kennisgeving openstond (VGZ). Reden: De zorgverzekeraar is telefonisch ingelicht; de brief volgt.",
            entry.Text);
        var request = await db.DataSubjectRequests.SingleAsync(r => r.Id == id);
        Assert.Equal(RequestStatus.Completed, request.Status);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.TargetId == entry.Id.ToString() && e.PurposeOfUse == request.PurposeOfUse
            && e.Outcome == AuditOutcome.Success));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.TargetId == id.ToString() && e.EventType == "DataSubjectRequest:Update"
            && e.PurposeOfUse == request.PurposeOfUse));
    }

    [Fact]
    public async Task Completing_IsAllowedWithoutAReason_OnceEveryTaskIsSent()
    {
        var id = await InProgressAsync(RequestType.Erasure);
        await using (var scope = Scope())
        {
            var fulfilment = Get<FulfilmentService>(scope);
            foreach (var task in await fulfilment.CreateNotificationTasksAsync(id))
            {
                Assert.True((await fulfilment.MarkNotificationSentAsync(task.Id)).Succeeded);
            }
        }

        var done = await CompleteAsync(id, reason: null);

        Assert.True(done.Succeeded, done.Message);
        Assert.Equal(RequestStatus.Completed, done.Value!.Status);
        await using var db = RawDb();
        Assert.Null((await db.RequestTimelineEntries.SingleAsync(e => e.RequestId == id && e.ToStatus == RequestStatus.Completed)).Text);
    }

    [Fact]
    public async Task TheReasonToCloseWithOpenTasks_IsLengthLimited()
    {
        var id = await InProgressAsync(RequestType.Erasure);
        await TasksAsync(id);

        var tooLong = await CompleteAsync(id, reason: new string('x', RequestLimits.OpenNotificationsReason + 1));

        Assert.Equal(ResultStatus.Invalid, tooLong.Status);
        Assert.NotNull(tooLong.ErrorFor(nameof(StatusChangeInput.OpenNotificationsReason)));
    }
}
