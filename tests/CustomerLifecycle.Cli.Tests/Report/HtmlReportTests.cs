using System.Globalization;
using System.Xml.Linq;
using CustomerLifecycle.Cli.Report;
using FsCheck;
using FsCheck.Xunit;

namespace CustomerLifecycle.Cli.Tests.Report;

public class HtmlReportTests
{
    private static XElement Svg(Chart chart) => XElement.Parse(SvgCharts.Render(chart));

    private static double Attr(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Report_is_one_self_contained_page_without_scripts_or_external_resources()
    {
        var html = HtmlReport.Render(ReportSamples.Document());
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        foreach (var banned in new[] { "<script", "http:", "https:", "<link", " src=", "url(", "@import", "<img", "<iframe", "xlink:href" })
        {
            Assert.DoesNotContain(banned, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(3, CountOf(html, "<svg class=\"chart chart-") - 1); // funnel, trend, tracking + one band position
        Assert.Contains("data-chart=\"band-position\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_name_with_markup_is_encoded_everywhere()
    {
        const string evil = "<script>alert('x')</script> & \"Wang\"";
        var html = HtmlReport.Render(ReportSamples.Document(evil));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert('x')", html, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(html, "&lt;script&gt;")); // subtitle, row note, table cell, paragraph
        Assert.Contains("&amp;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;Wang&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_labels_with_markup_are_encoded_inside_svg()
    {
        var chart = new FunnelChart("<b>funnel</b>", [new("<img onerror=x>", 10, null)], null);
        var svg = SvgCharts.Render(chart);
        Assert.DoesNotContain("<img", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Equal("<img onerror=x>", Svg(chart).Descendants("text").First().Value);
    }

    [Fact]
    public void Chinese_labels_stay_readable()
    {
        var html = HtmlReport.Render(ReportSamples.Document("王先生") with { Language = "zh-CN" });
        Assert.Contains("王先生", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        Assert.Equal(HtmlReport.Render(ReportSamples.Document()), HtmlReport.Render(ReportSamples.Document()));
    }

    [Fact]
    public void Rendering_does_not_depend_on_the_current_culture()
    {
        var invariant = HtmlReport.Render(ReportSamples.Document());
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // decimal comma
            Assert.Equal(invariant, HtmlReport.Render(ReportSamples.Document()));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Funnel_bars_are_proportional_to_the_counts_and_the_bottleneck_is_marked()
    {
        var bars = Svg(ReportSamples.Funnel()).Descendants("rect").Where(r => r.Attribute("class")!.Value.StartsWith("bar", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, bars.Length);
        var widest = Attr(bars[0], "width");
        // seed 003: 3,500 → 2,450 → 1,470 → 441 → 66; widths to 0.01 user units (coordinates have 2 decimals)
        Assert.Equal(widest * 2450 / 3500, Attr(bars[1], "width"), 0.01);
        Assert.Equal(widest * 66 / 3500, Attr(bars[4], "width"), 0.01);
        Assert.Equal("bar bottleneck", bars[4].Attribute("class")!.Value);
        Assert.All(bars.Take(4), b => Assert.Equal("bar", b.Attribute("class")!.Value));
        Assert.Contains(Svg(ReportSamples.Funnel()).Descendants("text"), t => t.Value.Contains("2,450  (70 %)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(87d, 10 + (280 * 37 / 50d))]
    [InlineData(50d, 10d)]
    [InlineData(-100d, 10d)] // outside the axis: pinned to the start
    [InlineData(100d, 290d)]
    [InlineData(250d, 290d)] // outside the axis: pinned to the end
    public void Band_marker_sits_at_the_value(double value, double expectedX)
    {
        var line = Svg(ReportSamples.FirstVisitNps(value)).Descendants("line").Single(l => l.Attribute("class")!.Value == "marker-line");
        Assert.Equal(expectedX, Attr(line, "x1"), 0.01);
    }

    [Fact]
    public void Bands_cover_the_axis_in_order_with_their_colours()
    {
        var rects = Svg(ReportSamples.FirstVisitNps(80)).Descendants("rect").ToArray();
        Assert.Equal(3, rects.Length);
        Assert.Equal([SvgCharts.Fill(ReportTone.Poor), SvgCharts.Fill(ReportTone.Fair), SvgCharts.Fill(ReportTone.Best)], rects.Select(r => r.Attribute("fill")!.Value));
        Assert.Equal(10d, Attr(rects[0], "x"), 0.01);
        Assert.Equal(290d, Attr(rects[2], "x") + Attr(rects[2], "width"), 0.01);
        Assert.Equal(Attr(rects[0], "x") + Attr(rects[0], "width"), Attr(rects[1], "x"), 0.01);
    }

    [Fact]
    public void Undefined_value_draws_bands_without_a_marker()
    {
        Assert.Empty(Svg(ReportSamples.FirstVisitNps(null)).Descendants("line"));
    }

    [Fact]
    public void Nps_trend_breaks_at_an_empty_period_and_shades_the_interval()
    {
        var svg = Svg(ReportSamples.Trend());
        Assert.Equal(2, svg.Descendants("polyline").Count(p => p.Attribute("class")!.Value == "nps-line"));
        Assert.Equal(2, svg.Descendants("polygon").Count(p => p.Attribute("class")!.Value == "ci-band"));
        Assert.Equal(4, svg.Descendants("circle").Count());
        // Each band polygon goes out along the upper bounds and back along the lower ones: 2 runs × 2 points × 2.
        Assert.All(svg.Descendants("polygon"), p => Assert.Equal(4, p.Attribute("points")!.Value.Split(' ').Length));
    }

    [Fact]
    public void Nps_trend_point_has_its_interval_in_the_tooltip()
    {
        var titles = Svg(ReportSamples.Trend()).Descendants("circle").Select(c => c.Element("title")!.Value).ToArray();
        Assert.Equal("2026-03-02: NPS 66 [55, 76], n = 100", titles[0]);
    }

    [Fact]
    public void Clv_tracking_draws_actual_expected_and_the_holdout_line()
    {
        var svg = Svg(ReportSamples.Tracking());
        var classes = svg.Descendants().Select(e => e.Attribute("class")?.Value).ToArray();
        Assert.Contains("actual-line", classes);
        Assert.Contains("expected-line", classes);
        Assert.Contains("holdout", classes);
        var actual = svg.Descendants("polyline").Single(p => p.Attribute("class")!.Value == "actual-line");
        Assert.Equal(4, actual.Attribute("points")!.Value.Split(' ').Length);
    }

    [Fact]
    public void A_non_finite_value_is_an_error_not_a_silent_gap()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgCharts.Render(ReportSamples.FirstVisitNps(double.NaN)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgCharts.Render(new FunnelChart("f", [new("a", double.PositiveInfinity, null)], null)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgCharts.Render(new ClvTrackingChart("c", [new("w1", 1, double.NaN)], null, "a", "e")));
    }

    [Fact]
    public void A_band_axis_without_width_is_an_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgCharts.Render(ReportSamples.FirstVisitNps(50) with { Min = 10, Max = 10 }));
    }

    [Fact]
    public void Empty_charts_still_render()
    {
        Assert.NotNull(Svg(new FunnelChart("f", [], null)));
        Assert.NotNull(Svg(new NpsTrendChart("t", [], "95 %")));
        Assert.NotNull(Svg(new ClvTrackingChart("c", [], null, "a", "e")));
    }

    [Property]
    public bool Axis_covers_the_range_with_a_1_2_5_step(NormalFloat a, NormalFloat b)
    {
        var (lo, hi) = (Math.Min(a.Get, b.Get) % 1e6, Math.Max(a.Get, b.Get) % 1e6);
        (lo, hi) = (Math.Min(lo, hi), Math.Max(lo, hi));
        var (min, max, step) = SvgCharts.Axis(lo, hi, minSpan: 1);
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        return min <= lo + 1e-9 && max >= hi - 1e-9 && max - min >= 1 - 1e-9
            && new[] { 1d, 2d, 5d, 10d }.Any(m => Math.Abs(mantissa - m) < 1e-9)
            && (max - min) / step <= 12;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
