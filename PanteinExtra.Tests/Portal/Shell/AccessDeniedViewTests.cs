using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Portal.Components.Shared;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Shell;

public sealed class AccessDeniedViewTests : PortalComponentTest
{
    private readonly RecordingAuditLog _audit = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IAuditLog>(_audit);

    [Fact]
    public void RefusalInsideTheCircuit_IsShownInDutch_AndRecordedAsDenied()
    {
        SignInAs(Roles.CallCentre);
        Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/toegangslog");

        var view = Context.Render<AccessDeniedView>();

        Assert.Contains("Geen toegang", view.Markup);
        var record = Assert.Single(_audit.Records);
        Assert.Equal(AuditEventTypes.PageAccess, record.EventType);
        Assert.Equal(AuditOutcome.Denied, record.Outcome);
        Assert.Equal("/toegangslog", record.TargetId);
    }

    [Fact]
    public void RefusalAlreadyRecordedByTheServer_IsNotRecordedTwice()
    {
        SignInAs(Roles.CallCentre);
        Context.Render<AccessDeniedView>(p => p.Add(v => v.AlreadyAudited, true));
        Assert.Empty(_audit.Records);
    }

    private sealed class RecordingAuditLog : IAuditLog
    {
        public List<AuditRecord> Records { get; } = [];

        public Task RecordAsync(AuditRecord record, CancellationToken ct = default)
        {
            Records.Add(record);
            return Task.CompletedTask;
        }
    }
}
