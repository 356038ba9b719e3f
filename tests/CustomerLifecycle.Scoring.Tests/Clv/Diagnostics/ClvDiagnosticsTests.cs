using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Diagnostics;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Diagnostics;

public class ClvDiagnosticsTests
{
    private static readonly BgNbdModel Model = new(0.243, 4.414, 0.793, 2.426);

    [Fact]
    public void Worked_example_counts_repeat_transactions_per_period_from_the_cohort_origin()
    {
        // a buys on days 1 (twice: one purchase), 3 and 8; b on 2, 5 (twice), 9 and 10; c first buys after the calibration
        // end (day 6) and d on it: neither is in the cohort. Periods are days from day 1.
        var data = Example();

        Assert.Equal((Day(1), 10, 6d, 4d), (data.Origin, data.Periods, data.CalibrationPeriods, data.HoldoutLength));
        Assert.Equal([0, 0, 1, 0, 1, 0, 0, 1, 1, 1], data.RepeatTransactions);
        Assert.Equal([0d, 1d], data.Births);
        Assert.Equal(["a", "b"], data.Summary.Customers.Select(c => c.Customer!.Value.Value));
        Assert.Equal(["c", "d"], data.Summary.Excluded.Select(c => c.Value));
        Assert.Equal([1d, 2d], data.Summary.Holdout!.Select(h => h.Frequency));
    }

    [Fact]
    public void Worked_example_tracking_sums_each_customer_expectation_from_its_first_purchase()
    {
        var tracking = ClvDiagnostics.Tracking(Model, Example());

        Assert.Equal(Model.ExpectedTransactions(1), tracking[0].CumulativeExpected, 12); // b is born at 1
        Assert.Equal(Model.ExpectedTransactions(7) + Model.ExpectedTransactions(6), tracking[6].CumulativeExpected, 12);
        Assert.Equal(tracking[6].CumulativeExpected - tracking[5].CumulativeExpected, tracking[6].Expected, 12);
        Assert.Equal([0d, 0d, 1d, 1d, 2d, 2d, 2d, 3d, 4d, 5d], tracking.Select(t => t.CumulativeActual));
        Assert.Equal([false, false, false, false, false, false, true, true, true, true], tracking.Select(t => t.Holdout));
    }

    [Fact]
    public void Holdout_error_weighs_customers_by_their_weight()
    {
        CustomerSummary[] customers = [new(0, 0, 5, weight: 2), new(2, 4, 5)];
        double[] actual = [1, 0];
        var e0 = Model.ConditionalExpectedTransactions(3, 0, 0, 5);
        var e1 = Model.ConditionalExpectedTransactions(3, 2, 4, 5);

        var error = ClvDiagnostics.HoldoutError(Model, customers, actual, 3);

        Assert.Equal(3d, error.Customers);
        Assert.Equal(((2 * Math.Abs(1 - e0)) + e1) / 3, error.MeanAbsoluteError, 12);
        Assert.Equal(Math.Sqrt(((2 * (1 - e0) * (1 - e0)) + (e1 * e1)) / 3), error.RootMeanSquaredError, 12);
        Assert.Equal((2d, (2 * e0) + e1), (error.TotalActual, error.TotalExpected));
        Assert.Equal((((2 * e0) + e1) - 2) / 2, error.RelativeTotalError, 12);
    }

    [Fact]
    public void Relative_total_error_of_a_holdout_without_transactions_is_undefined() =>
        Assert.True(double.IsNaN(ClvDiagnostics.HoldoutError(Model, [new CustomerSummary(0, 0, 5)], [0d], 3).RelativeTotalError));

    [Fact]
    public void Frequency_bins_list_every_bin_and_gather_the_rest_in_the_open_one()
    {
        CustomerSummary[] customers = [new(0, 0, 5), new(3, 4, 5), new(9, 4.5, 5)];
        var bins = ClvDiagnostics.FrequencyBins(Model, customers, [0d, 2d, 6d], 3, bins: 2);

        Assert.Equal(["0", "1", "2+"], bins.Select(b => b.Label));
        Assert.Equal([1d, 0d, 2d], bins.Select(b => b.Customers));
        Assert.Equal((0d, 0d), (bins[1].Actual, bins[1].Expected)); // an empty bin says so rather than NaN
        Assert.Equal(4d, bins[2].Actual);
        Assert.True(bins[2].OpenEnded && !bins[0].OpenEnded);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_argument()
    {
        CustomerSummary[] one = [new(0, 0, 5)];
        Assert.Throws<ArgumentNullException>("model", () => ClvDiagnostics.FrequencyBins(null!, one, [0d], 3));
        Assert.Throws<ArgumentException>("holdout", () => ClvDiagnostics.FrequencyBins(Model, one, [0d, 1d], 3));
        Assert.Throws<ArgumentException>("holdout", () => ClvDiagnostics.HoldoutError(Model, [], [], 3));
        Assert.Throws<ArgumentException>("holdout", () => ClvDiagnostics.HoldoutError(Model, one, [-1d], 3));
        Assert.Throws<ArgumentException>("holdout", () => ClvDiagnostics.HoldoutError(Model, one, [double.NaN], 3));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => ClvDiagnostics.HoldoutError(Model, one, [0d], 0));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => ClvDiagnostics.HoldoutError(Model, one, [0d], double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>("bins", () => ClvDiagnostics.FrequencyBins(Model, one, [0d], 3, 0));
        Assert.Throws<ArgumentOutOfRangeException>("bins", () => ClvDiagnostics.FrequencyBins(Model, one, [0d], 3, 1001));
        Assert.Throws<ArgumentNullException>("data", () => ClvDiagnostics.Tracking(Model, null!));
    }

    [Fact]
    public void Holdout_data_needs_a_calibration_end_and_a_cohort()
    {
        var options = Options() with { CalibrationEnd = null };
        Assert.Throws<ArgumentException>("options", () => ClvHoldoutData.FromTransactions(Log(), options));
        Assert.Throws<ArgumentException>("records", () => ClvHoldoutData.FromTransactions([R(1, "c", 7)], Options()));
        Assert.Throws<ArgumentNullException>("records", () => ClvHoldoutData.FromTransactions(null!, Options()));
    }

    [Fact]
    public void Rejected_rows_stay_out_of_the_tracking()
    {
        TransactionRecord[] log = [.. Log(), new(20, "a", "not a date"), new(21, "a", Iso(4), "-5"), new(22, "", Iso(4))];
        var data = ClvHoldoutData.FromTransactions(log, Options());

        Assert.Equal([20, 21, 22], data.Summary.Rejected.Select(r => r.Line));
        Assert.Equal(Example().RepeatTransactions, data.RepeatTransactions);
    }

    [Fact]
    public void Diagnosing_refuses_spend_models_and_unconverged_fits_unless_allowed()
    {
        var data = Example();
        var spend = new ClvModelFit("gamma-gamma", [new("p", 6, null), new("q", 4, null), new("v", 15, null)], -100, 5, true, "ok", 3, 3);
        var unconverged = new ClvModelFit("bg-nbd", [new("r", 0.243, null), new("alpha", 4.414, null), new("a", 0.793, null), new("b", 2.426, null)], -100, 5, false, "iteration limit", 3, 3);

        Assert.Throws<ArgumentException>("fit", () => ClvDiagnostics.Diagnose(spend, data));
        Assert.Throws<ArgumentException>("fit", () => ClvDiagnostics.Diagnose(unconverged, data));
        var allowed = ClvDiagnostics.Diagnose(unconverged, data, policy: ClvConvergencePolicy.AllowUnconverged);
        Assert.False(allowed.Fit.Converged);
        Assert.Equal("bg-nbd", allowed.Model);
        Assert.Equal(8 + 200, allowed.Fit.Aic, 12);
        Assert.Equal((4 * Math.Log(3)) + 200, allowed.Fit.Bic, 12);
    }

    [Fact]
    public void The_comparer_refuses_unknown_repeated_or_no_models_and_bad_options()
    {
        var comparer = new ClvModelComparer();
        Assert.Throws<ArgumentException>("models", () => comparer.Compare(Example(), []));
        Assert.Throws<ArgumentException>("models", () => comparer.Compare(Example(), ["bg-bb"]));
        Assert.Throws<ArgumentException>("models", () => comparer.Compare(Example(), ["bg-nbd", "bg-nbd"]));
        Assert.Throws<ArgumentNullException>("data", () => comparer.Compare(null!, ["bg-nbd"]));
        var ex = Assert.Throws<ArgumentException>("options", () => new ClvModelComparer(new ClvDiagnosticsOptions { Bins = 0, Fit = new ClvFitOptions { MaxIterations = 0 } }));
        Assert.Contains("Bins", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxIterations", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("options", () => new ClvModelComparer(new ClvDiagnosticsOptions { Convergence = (ClvConvergencePolicy)9 }));
    }

    [Fact]
    public void The_registered_comparer_fits_with_the_configured_options()
    {
        using var provider = new ServiceCollection().AddCustomerLifecycleClv(o => o.MaxIterations = 1).BuildServiceProvider();
        var comparer = provider.GetRequiredService<ClvModelComparer>();

        // One iteration cannot converge: the configured fit options reached the comparer, which refuses the fit.
        Assert.Throws<ArgumentException>("fit", () => comparer.Compare(Example(), ["bg-nbd"]));
    }

    [Property(Arbitrary = [typeof(LogArbitraries)])]
    public bool Tracking_sums_equal_the_summaries_totals_and_bins_hold_the_cohort(TransactionRecord[] log, bool weeklyGrouping, PositiveInt bins)
    {
        var options = Options(60, 40) with { PurchaseGrouping = weeklyGrouping ? PeriodUnit.Week : PeriodUnit.Day };
        if (new TransactionSummarizer(options).Summarize(log).Customers.Count == 0)
        {
            return true;
        }

        var data = ClvHoldoutData.FromTransactions(log, options);
        var tracking = ClvDiagnostics.Tracking(Model, data);
        var k = 1 + (bins.Get % 10);
        var counts = data.Summary.Holdout!.Select(h => h.Frequency).ToArray();
        var binned = ClvDiagnostics.FrequencyBins(Model, data.Summary.Customers, counts, data.HoldoutLength, k);
        var calibration = data.Summary.Customers.Sum(c => c.Frequency);
        return tracking[^1].CumulativeActual == calibration + counts.Sum()
            && tracking.Where(t => !t.Holdout).Sum(t => t.Actual) == calibration
            && Math.Abs(tracking.Sum(t => t.Expected) - tracking[^1].CumulativeExpected) < 1e-9
            && tracking.Zip(tracking.Skip(1)).All(p => p.Second.CumulativeExpected >= p.First.CumulativeExpected)
            && binned.Count == k + 1
            && binned.Sum(b => b.Customers) == data.Summary.Customers.Count
            && Math.Abs(binned.Sum(b => b.Customers * b.Actual) - counts.Sum()) < 1e-9;
    }

    public static class LogArbitraries
    {
        public static Arbitrary<TransactionRecord> Records() =>
            (from c in Gen.Choose(1, 6)
             from day in Gen.Choose(1, 60)
             select R(1, "c" + c, day)).ToArbitrary();
    }

    private static ClvHoldoutData Example() => ClvHoldoutData.FromTransactions(Log(), Options());

    private static TransactionRecord[] Log() =>
    [
        R(2, "a", 1), R(3, "a", 1), R(4, "a", 3), R(5, "a", 8),
        R(6, "b", 2), R(7, "b", 5), R(8, "b", 5), R(9, "b", 9), R(10, "b", 10),
        R(11, "c", 7), R(12, "d", 6),
    ];

    private static TransactionSummaryOptions Options(int end = 10, int calibrationEnd = 6) =>
        new() { Unit = PeriodUnit.Day, ObservationEnd = Day(end), CalibrationEnd = Day(calibrationEnd) };

    private static TransactionRecord R(int line, string customer, int day) => new(line, customer, Iso(day));

    private static string Iso(int day) => Day(day).ToString("uuuu-MM-dd", null);

    private static LocalDate Day(int day) => new LocalDate(2024, 1, 1).PlusDays(day - 1);
}
