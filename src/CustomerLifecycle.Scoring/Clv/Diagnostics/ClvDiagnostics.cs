using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>
/// Calibration/holdout diagnostics of a fitted repeat-transaction model (BG/NBD, MBG/NBD, Pareto/NBD): the conditional
/// expectations by calibration-frequency bin, the cohort's incremental and cumulative tracking, and the holdout error —
/// the checks of Fader, Hardie &amp; Lee (2005), so that models fitted on the same split can be compared.
/// </summary>
public static class ClvDiagnostics
{
    /// <summary>The default number of bins: 0 … 6 and 7+, as in the published CDNOW figures.</summary>
    public const int DefaultBins = 7;

    /// <summary>Diagnoses a fit on the data it was (or might have been) fitted on.</summary>
    /// <param name="fit">A fit of bg-nbd, mbg-nbd or pareto-nbd, in the data's time unit.</param>
    /// <param name="data">The cohort with its holdout.</param>
    /// <param name="bins">Bins 0 … bins − 1 and bins+; 1 to 1000.</param>
    /// <param name="policy">Whether a fit that did not converge may be diagnosed (by default it is refused).</param>
    /// <returns>The diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The fit is not of a repeat-transaction model, or did not converge under the policy.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside 1 … 1000.</exception>
    public static ClvModelDiagnostics Diagnose(ClvModelFit fit, ClvHoldoutData data, int bins = DefaultBins, ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(data);
        CheckBins(bins);
        if (ClvModels.FromFit(fit, policy) is not IRepeatTransactionModel model)
        {
            throw new ArgumentException($"A {fit.Model} fit is not a repeat-transaction model; diagnose bg-nbd, mbg-nbd or pareto-nbd fits.", nameof(fit));
        }

        var customers = data.Summary.Customers;
        var actual = HoldoutCounts(data);
        var expected = Expectations(model, customers, data.HoldoutLength);
        var frequency = customers.Select(c => (int)c.Frequency).ToArray();
        return new ClvModelDiagnostics(
            fit,
            Error(Weights(customers), actual, expected),
            Bin(frequency, Weights(customers), actual, expected, bins),
            Tracking(model, data));
    }

    /// <summary>Mean actual and expected holdout transactions per calibration-frequency bin (0 … bins − 1, bins+).</summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="customers">The calibration summaries.</param>
    /// <param name="holdout">Each customer's actual holdout transactions, aligned with <paramref name="customers"/>; finite, ≥ 0.</param>
    /// <param name="horizon">The holdout length in the model's time unit, &gt; 0.</param>
    /// <param name="bins">Bins 0 … bins − 1 and bins+; 1 to 1000.</param>
    /// <returns>The bins in order; every bin is listed, an empty one with 0 customers; their customers add up to all customers.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, or a count is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or the bins are out of range.</exception>
    public static IReadOnlyList<ClvFrequencyBin> FrequencyBins(IRepeatTransactionModel model, IReadOnlyList<CustomerSummary> customers, IReadOnlyList<double> holdout, double horizon, int bins = DefaultBins)
    {
        CheckInputs(model, customers, holdout, horizon);
        CheckBins(bins);
        var frequency = customers.Select(c => (int)c.Frequency).ToArray();
        return Bin(frequency, Weights(customers), holdout, Expectations(model, customers, horizon), bins);
    }

    /// <summary>The holdout error of a model: per-customer MAE and RMSE, and the totals.</summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="customers">The calibration summaries (weights honoured).</param>
    /// <param name="holdout">Each customer's actual holdout transactions, aligned with <paramref name="customers"/>; finite, ≥ 0.</param>
    /// <param name="horizon">The holdout length in the model's time unit, &gt; 0.</param>
    /// <returns>The error.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length or are empty, or a count is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not finite and &gt; 0.</exception>
    public static ClvHoldoutError HoldoutError(IRepeatTransactionModel model, IReadOnlyList<CustomerSummary> customers, IReadOnlyList<double> holdout, double horizon)
    {
        CheckInputs(model, customers, holdout, horizon);
        return Error(Weights(customers), holdout, Expectations(model, customers, horizon));
    }

    /// <summary>
    /// The classic tracking series of the whole cohort: per period, the actual repeat transactions from the log and the
    /// expected ones, Σᵢ E[X(t − bᵢ)] over customers born at bᵢ (the unconditional expectation from each customer's first
    /// purchase), in the period and cumulated.
    /// </summary>
    /// <param name="model">The fitted model, in the data's time unit.</param>
    /// <param name="data">The cohort.</param>
    /// <returns>One entry per period 1 … <see cref="ClvHoldoutData.Periods"/>; the incremental values add up to the last cumulative ones.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ClvTrackingPeriod> Tracking(IRepeatTransactionModel model, ClvHoldoutData data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var checkpoints = Enumerable.Range(1, data.Periods).Select(k => (double)k);
        var expected = ClvValuation.CumulativeTracking(model, data.Births.Select(b => (b, 1d)), checkpoints);
        var periods = new ClvTrackingPeriod[data.Periods];
        double cumulativeActual = 0d, previousExpected = 0d;
        for (var k = 0; k < periods.Length; k++)
        {
            cumulativeActual += data.RepeatTransactions[k];
            var cumulativeExpected = expected[k].Expected;
            periods[k] = new ClvTrackingPeriod(
                k + 1,
                data.RepeatTransactions[k],
                cumulativeExpected - previousExpected,
                cumulativeActual,
                cumulativeExpected,
                k + 1 > data.CalibrationPeriods + 1e-9);
            previousExpected = cumulativeExpected;
        }

        return periods;
    }

    /// <summary>
    /// Bins customers by a whole-number calibration statistic (frequency, or recency for discrete data): per bin 0 … bins − 1
    /// and bins+, the customers, the mean actual and the mean expected holdout transactions. Each row stands for
    /// <c>weight</c> customers whose mean actual and expected counts are given.
    /// </summary>
    internal static ClvFrequencyBin[] Bin(IReadOnlyList<int> key, IReadOnlyList<double> weights, IReadOnlyList<double> actual, IReadOnlyList<double> expected, int bins)
    {
        var weight = new double[bins + 1];
        var sumActual = new double[bins + 1];
        var sumExpected = new double[bins + 1];
        for (var i = 0; i < weights.Count; i++)
        {
            var b = Math.Min(key[i], bins);
            var w = weights[i];
            weight[b] += w;
            sumActual[b] += w * actual[i];
            sumExpected[b] += w * expected[i];
        }

        return Enumerable.Range(0, bins + 1)
            .Select(b => new ClvFrequencyBin(b, b == bins, weight[b], weight[b] > 0d ? sumActual[b] / weight[b] : 0d, weight[b] > 0d ? sumExpected[b] / weight[b] : 0d))
            .ToArray();
    }

    /// <summary>The weighted holdout error of aligned per-customer actual and expected counts.</summary>
    internal static ClvHoldoutError Error(IReadOnlyList<double> weight, IReadOnlyList<double> actual, IReadOnlyList<double> expected)
    {
        double weights = 0d, absolute = 0d, squared = 0d, totalActual = 0d, totalExpected = 0d;
        for (var i = 0; i < weight.Count; i++)
        {
            var w = weight[i];
            var e = actual[i] - expected[i];
            weights += w;
            absolute += w * Math.Abs(e);
            squared += w * e * e;
            totalActual += w * actual[i];
            totalExpected += w * expected[i];
        }

        return new ClvHoldoutError(weights, absolute / weights, Math.Sqrt(squared / weights), totalActual, totalExpected);
    }

    internal static void CheckBins(int bins)
    {
        if (bins is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(bins), bins, "The number of bins must be 1 to 1000.");
        }
    }

    private static double[] Weights(IReadOnlyList<CustomerSummary> customers) => customers.Select(c => c.Weight).ToArray();

    private static double[] HoldoutCounts(ClvHoldoutData data) => data.Summary.Holdout!.Select(h => h.Frequency).ToArray();

    private static double[] Expectations(IRepeatTransactionModel model, IReadOnlyList<CustomerSummary> customers, double horizon)
    {
        var expected = new double[customers.Count];
        model.ConditionalExpectedTransactions(
            horizon,
            customers.Select(c => c.Frequency).ToArray(),
            customers.Select(c => c.Recency).ToArray(),
            customers.Select(c => c.Age).ToArray(),
            expected);
        return expected;
    }

    private static void CheckInputs(IRepeatTransactionModel model, IReadOnlyList<CustomerSummary> customers, IReadOnlyList<double> holdout, double horizon)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(holdout);
        if (customers.Count == 0 || customers.Count != holdout.Count)
        {
            throw new ArgumentException($"Give one holdout count per customer, and at least one customer; got {customers.Count} customers and {holdout.Count} counts.", nameof(holdout));
        }

        if (holdout.Any(h => !double.IsFinite(h) || h < 0d))
        {
            throw new ArgumentException("Holdout counts must be finite numbers ≥ 0.", nameof(holdout));
        }

        if (!double.IsFinite(horizon) || horizon <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The holdout length must be a finite number > 0.");
        }
    }
}
