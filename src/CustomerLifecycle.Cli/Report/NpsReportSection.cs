using System.Globalization;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Nps;
using NodaTime;
using NodaTime.Text;

namespace CustomerLifecycle.Cli.Report;

/// <summary>The report's NPS section: the estimate with its interval, first-visit NPS, perfect rate and the trend chart.</summary>
internal static class NpsReportSection
{
    public static ReportSection Build(IReadOnlyList<SurveyResponse> responses, NpsCalculator calculator, DateTimeZone zone, NpsPeriod period, ReportText text)
    {
        var all = calculator.Estimate(NpsTally.Of(responses));
        var first = calculator.Estimate(NpsTally.OfFirstVisits(responses));
        var confidence = all.ConfidenceLevel.ToString("0.#%", CultureInfo.InvariantCulture);
        var blocks = new List<ReportBlock>
        {
            new TableBlock(
                [text.Metric, text.Value, $"{confidence} {text.Interval}", text.Responses],
                [
                    ["NPS", Points(all.Nps, text), Interval(all), Count(all.Tally.Total)],
                    [text.FirstVisitNps, Points(first.Nps, text), Interval(first), Count(first.Tally.Total)],
                    [text.PerfectRate, all.Tally.PerfectRate?.ToPercentString() ?? "—", string.Empty, Count(all.Tally.Total)],
                    [$"{text.Promoters} / {text.Passives} / {text.Detractors}", $"{Count(all.Tally.Promoters)} / {Count(all.Tally.Passives)} / {Count(all.Tally.Detractors)}", string.Empty, Count(all.Tally.Total)],
                ]),
        };
        var trend = NpsTrend.ByPeriod(responses, zone, period);
        if (trend.Points.Count > 0)
        {
            // Periods without responses have no point; one empty point per gap breaks the line there.
            var points = trend.Points.SelectMany((p, i) =>
            {
                var e = calculator.Estimate(p.Tally);
                var point = new NpsTrendPointView(LocalDatePattern.Iso.Format(p.Start), e.Nps, e.Interval?.Low, e.Interval?.High, p.Tally.Total);
                return i > 0 && trend.Points[i - 1].End != p.Start
                    ? [new NpsTrendPointView("…", null, null, null, 0), point]
                    : new[] { point };
            }).ToArray();
            blocks.Add(new ChartBlock(new NpsTrendChart(text.NpsTrendTitle, points, $"{confidence} {text.Interval}")));
        }

        return new ReportSection(text.NpsSection, blocks);
    }

    /// <summary>The coarsest of month, week and day whose trend has at least four periods (day when none has).</summary>
    public static NpsPeriod AutoPeriod(IReadOnlyList<SurveyResponse> responses, DateTimeZone zone)
    {
        foreach (var period in new[] { NpsPeriod.Month, NpsPeriod.Week })
        {
            if (NpsTrend.ByPeriod(responses, zone, period).Points.Count >= 4)
            {
                return period;
            }
        }

        return NpsPeriod.Day;
    }

    private static string Points(double? nps, ReportText text) => nps is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : text.Undefined;

    private static string Interval(NpsEstimate e) => e.Interval is { } i
        ? string.Create(CultureInfo.InvariantCulture, $"[{i.Low:0.0}, {i.High:0.0}]")
        : "—";

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
