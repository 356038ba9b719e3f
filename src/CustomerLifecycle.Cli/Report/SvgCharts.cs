using System.Text;

namespace CustomerLifecycle.Cli.Report;

/// <summary>
/// Draws the report's charts as inline SVG (no script, no external resource): funnel bars, band positions, the NPS
/// trend with its confidence band and the CLV tracking plot. Output depends only on the view model.
/// </summary>
/// <remarks>
/// Hand-written rather than a charting package: the shapes are a few rectangles and lines, and the served .NET chart
/// libraries draw through SkiaSharp, whose native binaries a dotnet tool cannot rely on.
/// </remarks>
internal static partial class SvgCharts
{
    private const double Wide = 720;
    private const double TrendHeight = 300;

    /// <summary>Appends the SVG of a chart.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value of the chart is NaN or infinite.</exception>
    public static void Write(StringBuilder html, Chart chart)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(chart);
        switch (chart)
        {
            case FunnelChart f:
                Funnel(html, f);
                break;
            case BandPositionChart b:
                BandPosition(html, b);
                break;
            case NpsTrendChart t:
                NpsTrend(html, t);
                break;
            case ClvTrackingChart c:
                ClvTracking(html, c);
                break;
            case LineSeriesChart l:
                LineSeries(html, l);
                break;
            case GroupedBarChart g:
                GroupedBars(html, g);
                break;
            default:
                throw new ArgumentException($"Unknown chart type {chart.GetType().Name}.", nameof(chart));
        }
    }

    /// <summary>The SVG of one chart as a string.</summary>
    public static string Render(Chart chart)
    {
        var sb = new StringBuilder();
        Write(sb, chart);
        return sb.ToString();
    }

    /// <summary>The fill colour of a tone (light enough for dark text on it).</summary>
    public static string Fill(ReportTone tone) => tone switch
    {
        ReportTone.Best => "#66bb6a",
        ReportTone.Good => "#aed581",
        ReportTone.Fair => "#ffd54f",
        ReportTone.Poor => "#ef5350",
        _ => "#b0bec5",
    };

    private static void Open(StringBuilder sb, string kind, double width, double height, string title)
    {
        sb.Append("<svg class=\"chart chart-").Append(kind).Append("\" data-chart=\"").Append(kind)
            .Append("\" viewBox=\"0 0 ").Append(HtmlText.Coord(width)).Append(' ').Append(HtmlText.Coord(height))
            .Append("\" width=\"").Append(HtmlText.Coord(width)).Append("\" height=\"").Append(HtmlText.Coord(height))
            .Append("\" role=\"img\" aria-label=\"").Append(HtmlText.Encode(title)).Append("\"><title>")
            .Append(HtmlText.Encode(title)).Append("</title>");
    }

    private static void Text(StringBuilder sb, double x, double y, string text, string anchor = "start", string? cls = null)
    {
        sb.Append("<text x=\"").Append(HtmlText.Coord(x)).Append("\" y=\"").Append(HtmlText.Coord(y)).Append('"');
        if (anchor != "start")
        {
            sb.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (cls is not null)
        {
            sb.Append(" class=\"").Append(cls).Append('"');
        }

        sb.Append('>').Append(HtmlText.Encode(text)).Append("</text>");
    }

    private static void Rect(StringBuilder sb, double x, double y, double w, double h, string fill, string? cls = null, string? tip = null)
    {
        sb.Append("<rect x=\"").Append(HtmlText.Coord(x)).Append("\" y=\"").Append(HtmlText.Coord(y))
            .Append("\" width=\"").Append(HtmlText.Coord(Math.Max(0d, w))).Append("\" height=\"").Append(HtmlText.Coord(h))
            .Append("\" fill=\"").Append(fill).Append('"');
        if (cls is not null)
        {
            sb.Append(" class=\"").Append(cls).Append('"');
        }

        if (tip is null)
        {
            sb.Append("/>");
        }
        else
        {
            sb.Append("><title>").Append(HtmlText.Encode(tip)).Append("</title></rect>");
        }
    }

    private static void Line(StringBuilder sb, double x1, double y1, double x2, double y2, string cls)
    {
        sb.Append("<line x1=\"").Append(HtmlText.Coord(x1)).Append("\" y1=\"").Append(HtmlText.Coord(y1))
            .Append("\" x2=\"").Append(HtmlText.Coord(x2)).Append("\" y2=\"").Append(HtmlText.Coord(y2))
            .Append("\" class=\"").Append(cls).Append("\"/>");
    }

    private static void Polyline(StringBuilder sb, IEnumerable<(double X, double Y)> points, string cls)
    {
        sb.Append("<polyline class=\"").Append(cls).Append("\" points=\"");
        var first = true;
        foreach (var (x, y) in points)
        {
            sb.Append(first ? string.Empty : " ").Append(HtmlText.Coord(x)).Append(',').Append(HtmlText.Coord(y));
            first = false;
        }

        sb.Append("\"/>");
    }

    private static void Funnel(StringBuilder sb, FunnelChart chart)
    {
        const double labelWidth = 170, barArea = 360, rowHeight = 34, barHeight = 24, top = 8;
        var height = top + (chart.Stages.Count * rowHeight) + 8;
        Open(sb, "funnel", Wide, height, chart.Title);
        var max = chart.Stages.Count == 0 ? 0d : chart.Stages.Max(s => Finite(s.Count));
        for (var i = 0; i < chart.Stages.Count; i++)
        {
            var stage = chart.Stages[i];
            var y = top + (i * rowHeight);
            var width = max > 0 ? barArea * stage.Count / max : 0d;
            var x = labelWidth + ((barArea - width) / 2d);
            var isBottleneck = chart.Bottleneck == i;
            Text(sb, labelWidth - 8, y + (barHeight / 2d) + 4, stage.Label, "end", "label");
            Rect(sb, x, y, Math.Max(width, 1d), barHeight, isBottleneck ? "#ef5350" : "#42a5f5", isBottleneck ? "bar bottleneck" : "bar", $"{stage.Label}: {HtmlText.Count(stage.Count)}");
            var detail = HtmlText.Count(stage.Count)
                + (stage.Conversion is { } c ? $"  ({HtmlText.Value(Finite(c), ValueFormat.Percent)})" : string.Empty)
                + (isBottleneck ? "  ◀ bottleneck" : string.Empty);
            Text(sb, labelWidth + barArea + 10, y + (barHeight / 2d) + 4, detail, "start", isBottleneck ? "value alert" : "value");
        }

        sb.Append("</svg>");
    }

    private static void BandPosition(StringBuilder sb, BandPositionChart chart)
    {
        const double width = 300, height = 42, left = 10, right = 290, barTop = 10, barHeight = 14;
        if (!(chart.Max > chart.Min) || !double.IsFinite(chart.Min) || !double.IsFinite(chart.Max))
        {
            throw new ArgumentOutOfRangeException(nameof(chart), $"A band-position axis needs finite Min < Max; got [{chart.Min}, {chart.Max}].");
        }

        double X(double v) => left + ((right - left) * (Math.Clamp(v, chart.Min, chart.Max) - chart.Min) / (chart.Max - chart.Min));
        Open(sb, "band-position", width, height, chart.Title);
        foreach (var band in chart.Bands)
        {
            Rect(sb, X(Finite(band.From)), barTop, X(Finite(band.To)) - X(band.From), barHeight, Fill(band.Tone), "band", $"{band.Label}: {HtmlText.Value(band.From, chart.Format)} – {HtmlText.Value(band.To, chart.Format)}");
        }

        // Tick labels at the inner boundaries (the lower bound of each band but the first belongs to that band).
        for (var i = 1; i < chart.Bands.Count; i++)
        {
            var b = chart.Bands[i].From;
            if (b > chart.Min && b < chart.Max)
            {
                Text(sb, X(b), barTop + barHeight + 12, HtmlText.Value(b, chart.Format), "middle", "tick");
            }
        }

        if (chart.Value is { } value)
        {
            var x = X(Finite(value));
            sb.Append("<g class=\"marker\">");
            Line(sb, x, barTop - 6, x, barTop + barHeight + 3, "marker-line");
            sb.Append("<path class=\"marker-head\" d=\"M").Append(HtmlText.Coord(x - 5)).Append(',').Append(HtmlText.Coord(barTop - 9))
                .Append(" L").Append(HtmlText.Coord(x + 5)).Append(',').Append(HtmlText.Coord(barTop - 9))
                .Append(" L").Append(HtmlText.Coord(x)).Append(',').Append(HtmlText.Coord(barTop - 3)).Append(" Z\"/>");
            sb.Append("</g>");
        }

        sb.Append("</svg>");
    }

    private static void NpsTrend(StringBuilder sb, NpsTrendChart chart)
    {
        const double left = 52, right = Wide - 16, top = 28, bottom = TrendHeight - 40;
        Open(sb, "nps-trend", Wide, TrendHeight, chart.Title);
        var defined = chart.Points.Where(p => p.Nps is not null).ToArray();
        var lo = defined.Length == 0 ? -100d : defined.Min(p => Finite(p.Low ?? p.Nps!.Value));
        var hi = defined.Length == 0 ? 100d : defined.Max(p => Finite(p.High ?? p.Nps!.Value));
        var (yMin, yMax, step) = Axis(Math.Max(-100d, lo), Math.Min(100d, hi), minSpan: 20d);
        yMin = Math.Max(-100d, yMin);
        yMax = Math.Min(100d, yMax);
        double Y(double v) => bottom - ((bottom - top) * (v - yMin) / (yMax - yMin));
        var n = Math.Max(1, chart.Points.Count);
        double X(int i) => left + ((right - left) * (i + 0.5) / n);

        YGrid(sb, yMin, yMax, step, Y, left, right, v => HtmlText.Value(v, ValueFormat.Number));
        if (yMin < 0 && yMax > 0)
        {
            Line(sb, left, Y(0), right, Y(0), "zero");
        }

        XLabels(sb, chart.Points.Select(p => p.Label).ToArray(), X, bottom);
        foreach (var run in Runs(chart.Points, p => p.Nps is not null))
        {
            var withCi = run.Where(r => chart.Points[r].Low is not null && chart.Points[r].High is not null).ToArray();
            if (withCi.Length >= 2 && withCi.Length == run.Count)
            {
                sb.Append("<polygon class=\"ci-band\" points=\"");
                var pts = run.Select(i => (X(i), Y(Math.Clamp(chart.Points[i].High!.Value, yMin, yMax))))
                    .Concat(run.AsEnumerable().Reverse().Select(i => (X(i), Y(Math.Clamp(chart.Points[i].Low!.Value, yMin, yMax)))));
                sb.Append(string.Join(' ', pts.Select(p => HtmlText.Coord(p.Item1) + "," + HtmlText.Coord(p.Item2)))).Append("\"/>");
            }
            else
            {
                foreach (var i in withCi)
                {
                    Line(sb, X(i), Y(Math.Clamp(chart.Points[i].High!.Value, yMin, yMax)), X(i), Y(Math.Clamp(chart.Points[i].Low!.Value, yMin, yMax)), "ci-bar");
                }
            }

            if (run.Count >= 2)
            {
                Polyline(sb, run.Select(i => (X(i), Y(chart.Points[i].Nps!.Value))), "nps-line");
            }
        }

        foreach (var (p, i) in chart.Points.Select((p, i) => (p, i)).Where(t => t.p.Nps is not null))
        {
            sb.Append("<circle class=\"nps-point\" cx=\"").Append(HtmlText.Coord(X(i))).Append("\" cy=\"").Append(HtmlText.Coord(Y(p.Nps!.Value)))
                .Append("\" r=\"3.5\"><title>").Append(HtmlText.Encode($"{p.Label}: NPS {HtmlText.Value(p.Nps.Value, ValueFormat.Number)}"
                    + (p.Low is { } l && p.High is { } h ? $" [{HtmlText.Value(l, ValueFormat.Number)}, {HtmlText.Value(h, ValueFormat.Number)}]" : string.Empty)
                    + $", n = {p.Responses}")).Append("</title></circle>");
        }

        Legend(sb, left, 16, [("nps-line", "NPS"), ("ci-band", chart.ConfidenceLabel)]);
        sb.Append("</svg>");
    }

    private static void ClvTracking(StringBuilder sb, ClvTrackingChart chart)
    {
        const double left = 60, right = Wide - 16, top = 28, bottom = TrendHeight - 40;
        Open(sb, "clv-tracking", Wide, TrendHeight, chart.Title);
        var hi = chart.Points.Count == 0 ? 1d : chart.Points.Max(p => Math.Max(Finite(p.Actual), Finite(p.Expected)));
        var (yMin, yMax, step) = Axis(0d, Math.Max(hi, 1d), minSpan: 1d);
        yMin = 0d;
        double Y(double v) => bottom - ((bottom - top) * (v - yMin) / (yMax - yMin));
        var n = Math.Max(1, chart.Points.Count);
        double X(int i) => left + ((right - left) * (i + 0.5) / n);
        YGrid(sb, yMin, yMax, step, Y, left, right, HtmlText.Count);
        XLabels(sb, chart.Points.Select(p => p.Label).ToArray(), X, bottom);
        if (chart.HoldoutStart is { } h && h > 0 && h < chart.Points.Count)
        {
            var x = (X(h - 1) + X(h)) / 2d;
            Line(sb, x, top, x, bottom, "holdout");
            Text(sb, x + 4, top + 10, "hold-out →", "start", "tick");
        }

        Polyline(sb, chart.Points.Select((p, i) => (X(i), Y(p.Expected))), "expected-line");
        Polyline(sb, chart.Points.Select((p, i) => (X(i), Y(p.Actual))), "actual-line");
        Legend(sb, left, 16, [("actual-line", chart.ActualLabel), ("expected-line", chart.ExpectedLabel)]);
        sb.Append("</svg>");
    }

    private static void Legend(StringBuilder sb, double x, double y, IReadOnlyList<(string Cls, string Label)> items)
    {
        foreach (var (cls, label) in items)
        {
            if (cls == "ci-band")
            {
                Rect(sb, x, y - 8, 18, 10, "#90caf9", "legend-swatch");
            }
            else
            {
                Line(sb, x, y - 3, x + 18, y - 3, cls);
            }

            Text(sb, x + 24, y + 1, label, "start", "legend");
            x += 40 + (label.Length * 7);
        }
    }

    private static void YGrid(StringBuilder sb, double min, double max, double step, Func<double, double> y, double left, double right, Func<double, string> format)
    {
        for (var v = min; v <= max + (step / 1000d); v += step)
        {
            Line(sb, left, y(v), right, y(v), "grid");
            Text(sb, left - 6, y(v) + 4, format(Math.Round(v, 6)), "end", "tick");
        }
    }

    private static void XLabels(StringBuilder sb, IReadOnlyList<string> labels, Func<int, double> x, double bottom)
    {
        var every = Math.Max(1, (int)Math.Ceiling(labels.Count / 10d));
        for (var i = 0; i < labels.Count; i += every)
        {
            Text(sb, x(i), bottom + 18, labels[i], "middle", "tick");
        }
    }

    /// <summary>A "nice" axis covering [lo, hi]: bounds on multiples of a 1/2/5 × 10^k step.</summary>
    internal static (double Min, double Max, double Step) Axis(double lo, double hi, double minSpan)
    {
        if (hi - lo < minSpan)
        {
            var mid = (hi + lo) / 2d;
            (lo, hi) = (mid - (minSpan / 2d), mid + (minSpan / 2d));
        }

        var raw = (hi - lo) / 5d;
        var magnitude = Math.Pow(10d, Math.Floor(Math.Log10(raw)));
        var norm = raw / magnitude;
        var step = (norm < 1.5 ? 1d : norm < 3d ? 2d : norm < 7d ? 5d : 10d) * magnitude;
        return (Math.Floor(lo / step) * step, Math.Ceiling(hi / step) * step, step);
    }

    private static List<List<int>> Runs<T>(IReadOnlyList<T> items, Func<T, bool> include)
    {
        var runs = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (include(items[i]))
            {
                current ??= [];
                current.Add(i);
            }
            else if (current is not null)
            {
                runs.Add(current);
                current = null;
            }
        }

        if (current is not null)
        {
            runs.Add(current);
        }

        return runs;
    }

    private static double Finite(double value) => double.IsFinite(value)
        ? value
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A chart value must be finite.");
}
