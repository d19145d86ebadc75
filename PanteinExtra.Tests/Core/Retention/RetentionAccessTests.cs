using PanteinExtra.Core.Common;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Tests.Core.Retention;

/// <summary>Every retention operation checks the role in Core, whatever the page does.</summary>
public sealed class RetentionAccessTests : RetentionTestHost
{
    public static TheoryData<string, string> Operations() => new()
    {
        { "policies.list", Roles.CallCentre },
        { "policies.change", Roles.CallCentre },
        { "policies.change", Roles.PrivacyOfficer },
        { "holds.list", Roles.CallCentre },
        { "holds.list", Roles.Administrator },
        { "holds.set", Roles.Administrator },
        { "runs.preview", Roles.CallCentre },
        { "runs.preview", Roles.Administrator },
        { "runs.list", Roles.Administrator },
        { "runs.approve", Roles.Administrator },
        { "runs.approve", Roles.CallCentre },
        { "runs.execute", Roles.Administrator },
        { "runs.stop", Roles.CallCentre },
        { "runs.export", Roles.Administrator },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_ForARoleWithoutTheRight_IsForbidden(string operation, string role)
    {
        var runId = await PreviewAsync();
        var policy = await PolicyAsync(HouseholdRecordKind.KindKey);
        User.As(role);

        await Assert.ThrowsAsync<ForbiddenException>(() => WithScopeAsync<object>(async scope => operation switch
        {
            "policies.list" => await Get<RetentionPolicyService>(scope).ListAsync(),
            "policies.change" => await Get<RetentionPolicyService>(scope).ChangeAsync(RetentionPolicyInput.From(policy)),
            "holds.list" => await Get<LegalHoldService>(scope).ListActiveAsync(),
            "holds.set" => await Get<LegalHoldService>(scope).SetAsync(new LegalHoldInput { MemberNumber = "1234567", Kind = LegalHoldKind.Dispute, Reason = "Een geschil over iets" }),
            "runs.preview" => await Get<RetentionPreviewService>(scope).CreateAsync(RetentionRunOrigin.Manual),
            "runs.list" => await Get<RetentionRunService>(scope).ListAsync(0, 10),
            "runs.approve" => await Get<RetentionRunService>(scope).ApproveAsync(runId),
            "runs.execute" => await Get<RetentionRunExecutor>(scope).ExecuteAsync(runId),
            "runs.stop" => await Get<RetentionRunService>(scope).RequestStopAsync(runId),
            "runs.export" => await Get<RetentionReportService>(scope).ExportCsvAsync(runId),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        }));
    }

    [Fact]
    public async Task TheSystem_MayPreviewAndExecute_ButNeverApprove()
    {
        var runId = await PreviewAsync();
        await using var scope = Scope();
        Get<ActorScope>(scope).Actor = new SystemUser();

        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RetentionRunService>(scope).ApproveAsync(runId));
        Assert.Equal(RetentionExecutionOutcome.NotApproved, await Get<RetentionRunExecutor>(scope).ExecuteAsync(runId));
    }

    [Fact]
    public async Task Administrator_ReadsPolicies_PrivacyOfficerToo()
    {
        User.As(Roles.Administrator);
        Assert.NotEmpty(await Use<RetentionPolicyService, IReadOnlyList<RetentionPolicyView>>(s => s.ListAsync()));
        User.As(Roles.PrivacyOfficer);
        Assert.NotEmpty(await Use<RetentionPolicyService, IReadOnlyList<RetentionPolicyView>>(s => s.ListAsync()));
    }
}
