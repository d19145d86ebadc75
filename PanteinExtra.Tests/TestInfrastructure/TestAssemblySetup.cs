using System.Runtime.CompilerServices;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>
/// Runs once when the test assembly loads. Component tests block on bunit's synchronous waits while the
/// integration tests beside them keep the pool busy; on a shared 2-core CI machine the renderer's dispatcher
/// was then starved past bunit's one-second default (a component test failed with "check count: 0").
/// </summary>
internal static class TestAssemblySetup
{
    [ModuleInitializer]
    internal static void Initialise()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), io);
        Bunit.BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
    }
}
