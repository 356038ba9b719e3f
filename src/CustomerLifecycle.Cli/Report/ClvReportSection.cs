using System.Globalization;

namespace CustomerLifecycle.Cli.Report;

/// <summary>The report's CLV tracking section: expected against actual cumulative repeat transactions.</summary>
internal static class ClvReportSection
{
    public static ReportSection Build(IReadOnlyList<ClvTrackingPointView> points, int? holdoutStart, ReportText text)
    {
        var last = points.Count > 0 ? points[^1] : null;
        var blocks = new List<ReportBlock>
        {
            new ChartBlock(new ClvTrackingChart(text.ClvTitle, points, holdoutStart, text.Actual, text.Expected)),
        };
        if (last is not null)
        {
            var gap = last.Expected > 0 ? (last.Actual - last.Expected) / last.Expected : (double?)null;
            blocks.Add(new TableBlock(
                [text.Period, text.Actual, text.Expected, "Δ"],
                [[last.Label, HtmlText.Count(last.Actual), HtmlText.Count(last.Expected), gap is { } g ? g.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture) : "—"]]));
        }

        return new ReportSection(text.ClvSection, blocks);
    }
}
