using System.Globalization;

namespace PanteinExtra.Benchmarks;

/// <summary>The one output format of every figure: <c>&lt;operation&gt;: p50 &lt;x&gt; ms, p95 &lt;y&gt; ms (&lt;n&gt; runs, &lt;size&gt; &lt;unit&gt;)</c>.</summary>
internal static class Timings
{
    /// <summary>Nearest-rank percentiles of the timings in milliseconds, with <paramref name="decimals"/> decimals.</summary>
    public static string Line(string operation, IEnumerable<double> milliseconds, int size, string unit, int decimals = 0)
    {
        var sorted = milliseconds.Order().ToList();
        var format = decimals == 0 ? "0" : "0." + new string('0', decimals);
        var figures = sorted.Count == 0
            ? "no runs"
            : $"p50 {Percentile(sorted, 0.50).ToString(format, CultureInfo.InvariantCulture)} ms, p95 {Percentile(sorted, 0.95).ToString(format, CultureInfo.InvariantCulture)} ms";
        return string.Create(CultureInfo.InvariantCulture, $"{operation}: {figures} ({sorted.Count} runs, {size} {unit})");
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
