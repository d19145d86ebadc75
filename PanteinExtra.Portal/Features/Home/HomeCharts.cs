using MudBlazor;
using MudBlazor.Charts;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Portal.Features.Home;

/// <summary>The start page's chart settings: Dutch numbers on the axis, the portal's colours.</summary>
internal static class HomeCharts
{
    private static readonly string[] Palette = ["#1565C0", "#2E7D32", "#EF6C00", "#6A1B9A"];

    public static BarChartOptions Bars(bool showLegend = true, string[]? palette = null) => Apply(new BarChartOptions(), showLegend, palette);

    /// <summary>MudBlazor draws a stacked bar chart only with its own options type.</summary>
    public static StackedBarChartOptions StackedBars() => Apply(new StackedBarChartOptions(), true, null);

    public static ChartSeries<double> Series(string name, IEnumerable<int> values) => new()
    {
        Name = name,
        Data = values.Select(v => (double)v).ToArray(),
    };

    private static T Apply<T>(T options, bool showLegend, string[]? palette)
        where T : DefaultBarChartOptions
    {
        options.ShowLegend = showLegend;
        options.ChartPalette = palette ?? Palette;
        options.YAxisToStringFunc = v => Dutch.Number((long)Math.Round(v));
        options.MaxNumYAxisTicks = 5;
        return options;
    }
}
