using System.Text;

namespace CustomerLifecycle.Cli.Report;

/// <summary>The CLV diagnostics charts: tracking lines of several models and grouped bars of the frequency bins.</summary>
internal static partial class SvgCharts
{
    /// <summary>At most this many model series get a style of their own; further ones reuse the last.</summary>
    private const int ModelStyles = 3;

    private static string ModelStyle(int model) => "model-" + Math.Min(model, ModelStyles - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void LineSeries(StringBuilder sb, LineSeriesChart chart)
    {
        const double left = 60, right = Wide - 16, top = 28, bottom = TrendHeight - 40;
        Open(sb, "clv-lines", Wide, TrendHeight, chart.Title);
        var values = chart.Series.SelectMany(s => s.Values).Select(Finite).ToArray();
        var (yMin, yMax, step) = Axis(Math.Min(0d, values.DefaultIfEmpty(0d).Min()), Math.Max(values.DefaultIfEmpty(1d).Max(), 1d), minSpan: 1d);
        double Y(double v) => bottom - ((bottom - top) * (v - yMin) / (yMax - yMin));
        var n = Math.Max(1, chart.Labels.Count);
        double X(int i) => left + ((right - left) * (i + 0.5) / n);
        YGrid(sb, yMin, yMax, step, Y, left, right, HtmlText.Count);
        XLabels(sb, chart.Labels, X, bottom);
        if (chart.HoldoutStart is { } h && h > 0 && h < chart.Labels.Count)
        {
            var x = (X(h - 1) + X(h)) / 2d;
            Line(sb, x, top, x, bottom, "holdout");
            Text(sb, x + 4, top + 10, "hold-out →", "start", "tick");
        }

        // Models first, so the actual line is drawn on top of them.
        for (var s = chart.Series.Count - 1; s >= 0; s--)
        {
            Polyline(sb, chart.Series[s].Values.Select((v, i) => (X(i), Y(v))), s == 0 ? "actual-line" : ModelStyle(s - 1));
        }

        Legend(sb, left, 16, chart.Series.Select((s, i) => (i == 0 ? "actual-line" : ModelStyle(i - 1), s.Label)).ToArray());
        sb.Append("</svg>");
    }

    private static void GroupedBars(StringBuilder sb, GroupedBarChart chart)
    {
        const double left = 60, right = Wide - 16, top = 28, bottom = TrendHeight - 40;
        Open(sb, "clv-bins", Wide, TrendHeight, chart.Title);
        var hi = chart.Series.SelectMany(s => s.Values).Select(Finite).DefaultIfEmpty(1d).Max();
        var (_, yMax, step) = Axis(0d, Math.Max(hi, 0.1d), minSpan: 0.1d);
        double Y(double v) => bottom - ((bottom - top) * v / yMax);
        var groups = Math.Max(1, chart.Labels.Count);
        var groupWidth = (right - left) / groups;
        var barWidth = groupWidth * 0.8d / Math.Max(1, chart.Series.Count);
        YGrid(sb, 0d, yMax, step, Y, left, right, v => HtmlText.Value(v, ValueFormat.Number));
        for (var g = 0; g < chart.Labels.Count; g++)
        {
            var x0 = left + (g * groupWidth) + (groupWidth * 0.1d);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var v = Math.Max(0d, chart.Series[s].Values[g]);
                var tip = $"{chart.Labels[g]}: {chart.Series[s].Label} {v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}";
                Rect(sb, x0 + (s * barWidth), Y(v), barWidth, bottom - Y(v), "currentColor", BarStyle(s), tip);
            }

            Text(sb, left + ((g + 0.5d) * groupWidth), bottom + 18, chart.Labels[g], "middle", "tick");
        }

        var lx = left;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            Rect(sb, lx, 8, 18, 10, "currentColor", BarStyle(s));
            Text(sb, lx + 24, 17, chart.Series[s].Label, "start", "legend");
            lx += 40 + (chart.Series[s].Label.Length * 7);
        }

        sb.Append("</svg>");
    }

    private static string BarStyle(int series) => series == 0 ? "bar-actual" : "bar-" + ModelStyle(series - 1);
}
