using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>
/// Calibration/holdout diagnostics of a BG/BB fit (discrete purchase opportunities): mean actual and expected holdout
/// transactions by calibration frequency and by recency, the holdout error and the totals — the checks of Fader, Hardie
/// &amp; Shang (2010).
/// </summary>
public static class ClvDiscreteDiagnostics
{
    /// <summary>Diagnoses a BG/BB fit on rows with their holdout transactions.</summary>
    /// <param name="fit">A bg-bb fit.</param>
    /// <param name="rows">The calibration histories (x, t_x, n), a row standing for <c>weight</c> customers.</param>
    /// <param name="holdout">
    /// The holdout transactions of each row's customers together, aligned with <paramref name="rows"/> (for a row of one
    /// customer, that customer's count); finite, ≥ 0.
    /// </param>
    /// <param name="holdoutPeriods">The opportunities in the holdout, n* ≥ 1.</param>
    /// <param name="bins">Bins 0 … bins − 1 and bins+ of frequency and of recency; 1 to 1000.</param>
    /// <param name="policy">Whether a fit that did not converge may be diagnosed (by default it is refused).</param>
    /// <returns>The diagnostics. The holdout error compares each row's mean count with its expectation, which is per customer when every row is one customer.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The fit is not bg-bb or did not converge under the policy; the lists differ in length or are empty; a count is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdoutPeriods"/> or <paramref name="bins"/> is out of range.</exception>
    public static ClvDiscreteModelDiagnostics Diagnose(
        ClvModelFit fit,
        IReadOnlyList<DiscreteSummary> rows,
        IReadOnlyList<double> holdout,
        int holdoutPeriods,
        int bins = ClvDiagnostics.DefaultBins,
        ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(holdout);
        ClvDiagnostics.CheckBins(bins);
        ArgumentOutOfRangeException.ThrowIfLessThan(holdoutPeriods, 1);
        if (rows.Count == 0 || rows.Count != holdout.Count || holdout.Any(h => !double.IsFinite(h) || h < 0d))
        {
            throw new ArgumentException($"Give one finite holdout count ≥ 0 per row, and at least one row; got {rows.Count} rows and {holdout.Count} counts.", nameof(holdout));
        }

        var model = ClvModels.FromFit(fit, policy) as BgBbModel
            ?? throw new ArgumentException($"A {fit.Model} fit is not a BG/BB fit.", nameof(fit));
        var weights = rows.Select(r => r.Weight).ToArray();
        var actual = rows.Select((r, i) => holdout[i] / r.Weight).ToArray();
        var expected = rows.Select(r => model.ConditionalExpectedTransactions(r, holdoutPeriods)).ToArray();
        return new ClvDiscreteModelDiagnostics(
            fit,
            ClvDiagnostics.Error(weights, actual, expected),
            ClvDiagnostics.Bin(rows.Select(r => r.Frequency).ToArray(), weights, actual, expected, bins),
            ClvDiagnostics.Bin(rows.Select(r => r.Recency).ToArray(), weights, actual, expected, bins));
    }
}
