using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Diagnostics;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>The readable tables of <c>clv diagnose</c> and its tracking CSV.</summary>
internal static class ClvDiagnoseOutput
{
    /// <summary>
    /// The tracking CSV that <c>lifecycle report</c> reads: the period (headed by the unit), the first model's cumulative
    /// actual and expected repeat transactions, the same per period, the holdout mark, and each further model's cumulative
    /// expectation in a column of its own.
    /// </summary>
    public static string TrackingCsv(ClvHoldoutData data, IReadOnlyList<ClvModelDiagnostics> diagnosed)
    {
        var first = diagnosed[0];
        string[] columns =
        [
            data.Unit switch { PeriodUnit.Week => "week", PeriodUnit.Month => "month", _ => "period" },
            "actual_cumulative", "expected_cumulative", "actual_in_period", "expected_in_period", "holdout",
            .. diagnosed.Skip(1).Select(d => $"expected_cumulative_{d.Model}"),
        ];
        var rows = first.Tracking.Select((t, i) => (IReadOnlyList<string>)
        [
            t.Period.ToString(CultureInfo.InvariantCulture),
            CsvWriter.Number(t.CumulativeActual),
            CsvWriter.Number(t.CumulativeExpected),
            CsvWriter.Number(t.Actual),
            CsvWriter.Number(t.Expected),
            t.Holdout ? "yes" : "no",
            .. diagnosed.Skip(1).Select(d => CsvWriter.Number(d.Tracking[i].CumulativeExpected)),
        ]);
        var writer = new StringWriter();
        CsvWriter.Write(writer, columns, rows);
        return writer.ToString();
    }

    /// <summary>The model comparison, the frequency bins side by side, and the tracking at the calibration end and at the end.</summary>
    public static void WriteTables(string path, ClvHoldoutData data, IReadOnlyList<ClvModelDiagnostics> diagnosed)
    {
        var console = Terminal.Out;
        console.Profile.Width = Math.Max(console.Profile.Width, 120);
        var unit = data.Unit.ToString().ToLowerInvariant();
        var comparison = new Table().Title($"Models on {Markup.Escape(path)}: {data.Summary.Customers.Count} customers, holdout {Show(data.HoldoutLength)} {unit}s");
        comparison.AddColumn("model");
        foreach (var heading in new[] { "log-likelihood", "AIC", "BIC", "MAE", "RMSE", "holdout actual", "holdout expected" })
        {
            comparison.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (var d in diagnosed)
        {
            comparison.AddRow(
                d.Model + (d.Fit.Converged ? string.Empty : " (not converged)"),
                Show(d.Fit.LogLikelihood),
                Show(d.Fit.Aic),
                Show(d.Fit.Bic),
                Show(d.Holdout.MeanAbsoluteError),
                Show(d.Holdout.RootMeanSquaredError),
                Show(d.Holdout.TotalActual),
                Show(d.Holdout.TotalExpected));
        }

        console.Write(comparison);
        var bins = new Table().Title("Mean holdout transactions by calibration frequency");
        bins.AddColumn("x");
        bins.AddColumn(new TableColumn("customers").RightAligned());
        bins.AddColumn(new TableColumn("actual").RightAligned());
        foreach (var d in diagnosed)
        {
            bins.AddColumn(new TableColumn(d.Model).RightAligned());
        }

        for (var b = 0; b < diagnosed[0].Bins.Count; b++)
        {
            var bin = diagnosed[0].Bins[b];
            bins.AddRow([bin.Label, Show(bin.Customers), Show(bin.Actual), .. diagnosed.Select(d => Show(d.Bins[b].Expected))]);
        }

        console.Write(bins);
        var calibrationEnd = diagnosed[0].Tracking.LastOrDefault(t => !t.Holdout);
        var last = diagnosed[0].Tracking[^1];
        foreach (var point in new[] { calibrationEnd, last }.OfType<ClvTrackingPeriod>().Distinct())
        {
            console.WriteLine($"cumulative repeat transactions by the end of {unit} {point.Period}: actual {Show(point.CumulativeActual)}; expected "
                + string.Join(", ", diagnosed.Select(d => $"{d.Model} {Show(d.Tracking[point.Period - 1].CumulativeExpected)}")));
        }
    }

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
