using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Tests.Core.Access;

public sealed class AuditPurposeScopeTests
{
    [Fact]
    public void APurpose_LastsUntilItsScopeEnds_ThenThePreviousOneIsBack()
    {
        var context = new AuditContext();

        using (context.BeginPurpose("verzoek #1"))
        {
            using (context.BeginPurpose("toezicht door de FG"))
            {
                Assert.Equal("toezicht door de FG", context.PurposeOfUse);
            }

            Assert.Equal("verzoek #1", context.PurposeOfUse);
        }

        Assert.Null(context.PurposeOfUse);
    }

    [Fact]
    public async Task APurposeOpenedInsideAnOperation_DoesNotLingerAfterIt()
    {
        var context = new AuditContext();

        await OperationAsync(context);

        Assert.Null(context.PurposeOfUse);
    }

    [Fact]
    public async Task ConcurrentOperations_EachSeeOnlyTheirOwnPurpose()
    {
        var context = new AuditContext();
        var seen = new string?[2];

        await Task.WhenAll(
            Task.Run(async () => { using var _ = context.BeginPurpose("verzoek #1"); await Task.Delay(20); seen[0] = context.PurposeOfUse; }),
            Task.Run(async () => { using var _ = context.BeginPurpose("verzoek #2"); await Task.Delay(10); seen[1] = context.PurposeOfUse; }));

        Assert.Equal("verzoek #1", seen[0]);
        Assert.Equal("verzoek #2", seen[1]);
        Assert.Null(context.PurposeOfUse);
    }

    private static async Task OperationAsync(AuditContext context)
    {
        var purpose = context.BeginPurpose("telefonisch contact: lid zelf, geverifieerd");
        await Task.Yield();
        Assert.Equal("telefonisch contact: lid zelf, geverifieerd", context.PurposeOfUse);
        _ = purpose; // not even disposed: the async flow ends, and the purpose with it
    }
}
