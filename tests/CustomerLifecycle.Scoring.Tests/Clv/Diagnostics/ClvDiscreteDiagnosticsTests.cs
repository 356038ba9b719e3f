using System.Globalization;
using CustomerLifecycle.Scoring.Clv.Diagnostics;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Scoring.Tests.Clv.Diagnostics;

public class ClvDiscreteDiagnosticsTests
{
    private const string Donations = "external/btyd/donationsSummary_rf_matrix.csv";

    [DatasetFact(Donations)]
    public void Donations_bins_by_frequency_and_recency_hold_every_donor_and_the_holdout_total()
    {
        // Fader, Hardie & Shang (2010): 11,104 donors, 6 calibration opportunities (1996 … 2001), 5 holdout years.
        var (rows, holdout) = Read();
        var fit = BgBbModel.Fit(rows);
        var d = ClvDiscreteDiagnostics.Diagnose(fit, rows, holdout, 5);

        Assert.Equal(1.204, fit["alpha"], 1e-3); // the published estimates 1.204, 0.750, 0.657, 2.783
        Assert.Equal(11104d, d.FrequencyBins.Sum(b => b.Customers));
        Assert.Equal(11104d, d.RecencyBins.Sum(b => b.Customers));
        Assert.Equal(13260d, d.Holdout.TotalActual, 1e-9);
        Assert.Equal(d.Holdout.TotalExpected, d.RecencyBins.Sum(b => b.Customers * b.Expected), 1e-6);
        Assert.Equal([3464d, 1823, 1430, 1085, 1036, 1063, 1203, 0], d.FrequencyBins.Select(b => b.Customers));
        Assert.Equal([3464d, 1091, 890, 706, 654, 1136, 3163, 0], d.RecencyBins.Select(b => b.Customers));

        // Regression figures of this implementation: the means by frequency and by recency, actual and expected.
        Assert.Equal([0.1744, 0.4328, 0.8126, 1.3899, 2.0618, 2.6425, 3.5345, 0], d.FrequencyBins.Select(b => Math.Round(b.Actual, 4)));
        Assert.Equal([0.0729, 0.3249, 0.7090, 1.3337, 2.0312, 2.7845, 3.7525, 0], d.FrequencyBins.Select(b => Math.Round(b.Expected, 4)));
        Assert.Equal([0.0729, 0.0857, 0.1798, 0.4041, 0.8511, 1.7264, 3.0272, 0], d.RecencyBins.Select(b => Math.Round(b.Expected, 4)));
        Assert.Equal(12884.16, d.Holdout.TotalExpected, 0.01);
    }

    [Fact]
    public void Single_customer_rows_compare_each_customer_count_with_its_expectation()
    {
        var model = new BgBbModel(1.204, 0.750, 0.657, 2.783);
        var fit = new ClvModelFit("bg-bb", model.Parameters, -10, 3, true, "ok", 2, 2);
        DiscreteSummary[] rows = [new(0, 0, 6), new(3, 5, 6)];
        var d = ClvDiscreteDiagnostics.Diagnose(fit, rows, [1d, 2d], 5, bins: 3);

        var e = rows.Select(r => model.ConditionalExpectedTransactions(r, 5)).ToArray();
        Assert.Equal((Math.Abs(1 - e[0]) + Math.Abs(2 - e[1])) / 2, d.Holdout.MeanAbsoluteError, 12);
        Assert.Equal(["0", "1", "2", "3+"], d.RecencyBins.Select(b => b.Label));
        Assert.Equal([1d, 0, 0, 1], d.RecencyBins.Select(b => b.Customers));
        Assert.Equal([1d, 0, 0, 1], d.FrequencyBins.Select(b => b.Customers));
        Assert.Equal("bg-bb", d.Model);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_argument()
    {
        var fit = new ClvModelFit("bg-bb", new BgBbModel(1, 1, 1, 1).Parameters, -10, 3, true, "ok", 1, 1);
        var pareto = new ClvModelFit("pareto-nbd", new ParetoNbdModel(1, 1, 1, 1).Parameters, -10, 3, true, "ok", 1, 1);
        DiscreteSummary[] rows = [new(0, 0, 6)];
        Assert.Throws<ArgumentException>("fit", () => ClvDiscreteDiagnostics.Diagnose(pareto, rows, [0d], 5));
        Assert.Throws<ArgumentException>("holdout", () => ClvDiscreteDiagnostics.Diagnose(fit, rows, [0d, 1d], 5));
        Assert.Throws<ArgumentException>("holdout", () => ClvDiscreteDiagnostics.Diagnose(fit, rows, [-1d], 5));
        Assert.Throws<ArgumentException>("holdout", () => ClvDiscreteDiagnostics.Diagnose(fit, [], [], 5));
        Assert.Throws<ArgumentOutOfRangeException>("holdoutPeriods", () => ClvDiscreteDiagnostics.Diagnose(fit, rows, [0d], 0));
        Assert.Throws<ArgumentOutOfRangeException>("bins", () => ClvDiscreteDiagnostics.Diagnose(fit, rows, [0d], 5, 0));
        Assert.Throws<ArgumentNullException>("rows", () => ClvDiscreteDiagnostics.Diagnose(fit, null!, [0d], 5));
    }

    private static (DiscreteSummary[] Rows, double[] Holdout) Read()
    {
        var lines = File.ReadLines(Datasets.File(Donations)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return (lines.Select(f => new DiscreteSummary((int)f[0], (int)f[1], (int)f[2], weight: f[3])).ToArray(), lines.Select(f => f[4]).ToArray());
    }
}
