using System.Globalization;
using MathNet.Numerics.Distributions;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>
/// The mean of ratings on a bounded scale other than the 0–10 recommendation question (e.g. a waiting-area rating out of 10,
/// one after-sales network's 7.2 → 8.9), with a Student-t confidence interval clamped to the scale.
/// </summary>
public sealed record ScaleScoreSummary
{
    internal ScaleScoreSummary(int count, double? mean, double? standardDeviation, NpsInterval? interval, double scaleMin, double scaleMax, double confidenceLevel)
    {
        Count = count;
        Mean = mean;
        StandardDeviation = standardDeviation;
        Interval = interval;
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        ConfidenceLevel = confidenceLevel;
    }

    /// <summary>How many ratings.</summary>
    public int Count { get; }

    /// <summary>The mean; null when there are none.</summary>
    public double? Mean { get; }

    /// <summary>The sample standard deviation; null with fewer than 2 ratings.</summary>
    public double? StandardDeviation { get; }

    /// <summary>The interval of the mean; null with fewer than 2 ratings.</summary>
    public NpsInterval? Interval { get; }

    /// <summary>The scale's lowest value.</summary>
    public double ScaleMin { get; }

    /// <summary>The scale's highest value.</summary>
    public double ScaleMax { get; }

    /// <summary>The confidence level.</summary>
    public double ConfidenceLevel { get; }

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
