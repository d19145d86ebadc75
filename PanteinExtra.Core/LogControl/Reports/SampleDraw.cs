namespace PanteinExtra.Core.LogControl;

/// <summary>
/// The random sample of accesses, reproducible from its seed: SplitMix64 (a fixed, published generator, so the draw
/// does not depend on the runtime's <see cref="Random"/>) drives a partial Fisher-Yates shuffle over the population's
/// event sequence numbers in ascending order. The same seed and population always give the same events in the same order.
/// </summary>
public static class SampleDraw
{
    public static IReadOnlyList<long> Draw(IReadOnlyList<long> population, long seed, int size)
    {
        var pool = population.Order().ToArray();
        var n = Math.Min(Math.Max(0, size), pool.Length);
        var state = unchecked((ulong)seed);
        for (var i = 0; i < n; i++)
        {
            var j = i + (int)(Next(ref state) % (ulong)(pool.Length - i));
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..n];
    }

    private static ulong Next(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
