using System.Globalization;
using MathNet.Numerics.Distributions;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>
/// The mean of ratings on a bounded scale other than the 0–10 recommendation question (e.g. a waiting-area rating out of 10,
/// one after-sales network's 7.2 → 8.9), with a Student-t confidence interval clamped to the scale.
/// </summary>
/// <param name="Count">How many ratings.</param>
/// <param name="Mean">The mean; null when there are none.</param>
/// <param name="StandardDeviation">The sample standard deviation; null with fewer than 2 ratings.</param>
/// <param name="Interval">The interval of the mean; null with fewer than 2 ratings.</param>
/// <param name="ScaleMin">The scale's lowest value.</param>
/// <param name="ScaleMax">The scale's highest value.</param>
/// <param name="ConfidenceLevel">The confidence level.</param>
public sealed record ScaleScoreSummary(int Count, double? Mean, double? StandardDeviation, NpsInterval? Interval, double ScaleMin, double ScaleMax, double ConfidenceLevel)
{
    /// <summary>Summarises ratings.</summary>
    /// <param name="ratings">The ratings, each within [<paramref name="scaleMin"/>, <paramref name="scaleMax"/>].</param>
    /// <param name="scaleMin">The scale's lowest value, e.g. 0 or 1.</param>
    /// <param name="scaleMax">The scale's highest value, &gt; <paramref name="scaleMin"/>.</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is NaN, infinite or off the scale; the scale is empty; or the level is out of range.</exception>
    public static ScaleScoreSummary Of(IEnumerable<double> ratings, double scaleMin, double scaleMax, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (!double.IsFinite(scaleMin) || !double.IsFinite(scaleMax) || scaleMax <= scaleMin)
        {
            throw new ArgumentOutOfRangeException(nameof(scaleMax), scaleMax, $"The scale must be finite with max > min; got [{scaleMin.ToString(CultureInfo.InvariantCulture)}, {scaleMax.ToString(CultureInfo.InvariantCulture)}].");
        }

        if (confidenceLevel is not (> 0d and < 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must be strictly between 0 and 1.");
        }

        // Welford's algorithm: one pass, numerically stable.
        var n = 0;
        double mean = 0d, m2 = 0d;
        foreach (var x in ratings)
        {
            if (!double.IsFinite(x) || x < scaleMin || x > scaleMax)
            {
                throw new ArgumentOutOfRangeException(nameof(ratings), x, $"Rating {x.ToString(CultureInfo.InvariantCulture)} is off the scale [{scaleMin.ToString(CultureInfo.InvariantCulture)}, {scaleMax.ToString(CultureInfo.InvariantCulture)}].");
            }

            n++;
            var delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }

        if (n == 0)
        {
            return new ScaleScoreSummary(0, null, null, null, scaleMin, scaleMax, confidenceLevel);
        }

        if (n == 1)
        {
            return new ScaleScoreSummary(1, mean, null, null, scaleMin, scaleMax, confidenceLevel);
        }

        var sd = Math.Sqrt(m2 / (n - 1));
        var t = StudentT.InvCDF(0d, 1d, n - 1, 1d - ((1d - confidenceLevel) / 2d));
        var half = t * sd / Math.Sqrt(n);
        var interval = new NpsInterval(Math.Max(scaleMin, mean - half), Math.Min(scaleMax, mean + half));
        return new ScaleScoreSummary(n, mean, sd, interval, scaleMin, scaleMax, confidenceLevel);
    }
}
