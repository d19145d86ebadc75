using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Portal.Components.Shared;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Shell;

public sealed class PortalErrorViewTests : PortalComponentTest
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IAuditLog>(new NoAuditLog());

    [Fact]
    public void UnexpectedError_ShowsADutchMessage_WithoutTechnicalDetails()
    {
        var view = Context.Render<PortalErrorView>(p => p.Add(v => v.Error, new InvalidOperationException("Sequence contains no elements")));

        Assert.Contains("Er ging iets mis", view.Markup);
        Assert.DoesNotContain("Sequence contains", view.Markup);
        Assert.DoesNotContain("InvalidOperationException", view.Markup);
    }

    [Fact]
    public void ForbiddenFromCore_ShowsGeenToegang()
    {
        SignInAs(Roles.CallCentre);
        var view = Context.Render<PortalErrorView>(p => p.Add(v => v.Error, new ForbiddenException("AuditLog:Search")));
        Assert.Contains("Geen toegang", view.Markup);
    }

    private sealed class NoAuditLog : IAuditLog
    {
        public Task RecordAsync(AuditRecord record, CancellationToken ct = default) => Task.CompletedTask;
    }
}
