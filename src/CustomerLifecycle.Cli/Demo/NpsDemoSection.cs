using System.Globalization;
using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Scoring.Nps;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>NPS with honest statistics on the coffee experiment: is +7 real?</summary>
internal sealed class NpsDemoSection : IDemoSection
{
    public string Title => "Is +7 NPS points real? A free-coffee experiment, 200 answers a fortnight";

    public string TryNext => "lifecycle nps compare before.csv after.csv (and lifecycle nps survey.csv --by touchpoint --period week for segments and a trend)";

    public void Render(IAnsiConsole console)
    {
        var calculator = new NpsCalculator();
        var control = NpsTally.Of(NpsDemoData.Control);
        var treatment = NpsTally.Of(NpsDemoData.Treatment);
        var comparison = calculator.Compare(control, treatment);

        console.Write(NpsCommand.SummaryTable(
            "fortnight",
            [
                ("control (2026-03-02)", NpsSummaryJson.From(comparison.Baseline)),
                ("free coffee (2026-03-16)", NpsSummaryJson.From(comparison.Treatment)),
            ]));
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"difference: {comparison.Difference:+0.0} points, 95 % interval {NpsCommand.Interval(comparison.Interval?.Low, comparison.Interval?.High)}, z = {comparison.Z:0.00}, {NpsCommand.PValue(comparison.PValue)} → {(comparison.IsSignificant ? "significant" : "not significant")}"));
        var perGroup = NpsSampleSize.PerGroup(
            control.PromoterShare!.Value.Value,
            control.DetractorShare!.Value.Value,
            treatment.PromoterShare!.Value.Value,
            treatment.DetractorShare!.Value.Value,
            7);
        console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[grey]200 answers a fortnight detect only ≈{comparison.MinimumDetectableDifference:0} points; confirming +7 needs ≈{perGroup:N0} answers per group (95 %, 80 % power).[/]"));

        var all = NpsDemoData.Control.Concat(NpsDemoData.Treatment).ToArray();
        var trend = NpsTrend.ByPeriod(all, NpsDemoData.Zone, NpsPeriod.Week);
        console.Write(NpsCommand.SummaryTable(
            "week (Asia/Shanghai)",
            trend.Points.Select(p => (LocalDatePattern.Iso.Format(p.Start), NpsSummaryJson.From(calculator.Estimate(p.Tally))))));
        console.Write(NpsCommand.SummaryTable(
            "touchpoint",
            NpsSegments.By(all, r => r.Touchpoint ?? "(none)", StringComparer.Ordinal).Select(s => (s.Key, NpsSummaryJson.From(calculator.Estimate(s.Tally))))));

        var firstVisits = NpsTally.OfFirstVisits(all);
        var fv = calculator.Estimate(firstVisits);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"first-visit NPS {fv.Nps:0.0} {NpsCommand.Interval(fv.Interval?.Low, fv.Interval?.High)} over {firstVisits.Total} first services; perfect rate (10s) {firstVisits.PerfectRate?.ToPercentString()}"));
        var before = ScaleScoreSummary.Of(NpsDemoData.WaitingAreaBefore, 0, 10);
        var after = ScaleScoreSummary.Of(NpsDemoData.WaitingAreaAfter, 0, 10);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"waiting-area rating (0–10): {before.Mean:0.0} {NpsCommand.Interval(before.Interval?.Low, before.Interval?.High)} → {after.Mean:0.0} {NpsCommand.Interval(after.Interval?.Low, after.Interval?.High)}"));
    }
}
