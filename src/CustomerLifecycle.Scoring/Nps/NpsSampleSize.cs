using System.Globalization;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>How many responses a survey needs: for a target margin of error, or per group to detect a difference.</summary>
/// <remarks>
/// From the Wald variance σ² = p + d − (p − d)²: n = z²σ²/E² for a margin E, and n = (z_{1−α/2} + z_{power})²(σ₁² + σ₂²)/δ²
/// per group for a difference δ; the adjusted-Wald method subtracts its 3 pseudo-responses (MeasuringU's "− 3").
/// Results are rounded up and at least 1.
/// </remarks>
public static class NpsSampleSize
{
    /// <summary>The responses needed for a margin of error.</summary>
    /// <param name="promoterShare">The expected share of promoters, 0–1.</param>
    /// <param name="detractorShare">The expected share of detractors, 0–1; with <paramref name="promoterShare"/> at most 1. Use 0.5 and 0.5 for the worst case.</param>
    /// <param name="marginOfError">The half-width wanted, in NPS points (5 for ±5), &gt; 0 and ≤ 100.</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <param name="method">The interval method; adjusted Wald by default.</param>
    /// <returns>The number of responses.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A share, the margin or the level is out of range.</exception>
    public static int ForMarginOfError(double promoterShare, double detractorShare, double marginOfError, double confidenceLevel = 0.95, NpsIntervalMethod method = NpsIntervalMethod.AdjustedWald)
    {
        CheckShares(promoterShare, detractorShare, nameof(promoterShare), nameof(detractorShare));
        CheckPositive(marginOfError, 100d, nameof(marginOfError));
        CheckProbability(confidenceLevel, nameof(confidenceLevel));
        var e = marginOfError / 100d;
        var z = NpsMath.CriticalValue(confidenceLevel);
        return Finish(z * z * NpsMath.Variance(promoterShare, detractorShare) / (e * e), method);
    }

    /// <summary>The responses needed in each of two equal groups to detect a difference with a given power.</summary>
    /// <param name="baselinePromoterShare">Expected promoter share of the baseline group.</param>
    /// <param name="baselineDetractorShare">Expected detractor share of the baseline group.</param>
    /// <param name="treatmentPromoterShare">Expected promoter share of the treatment group.</param>
    /// <param name="treatmentDetractorShare">Expected detractor share of the treatment group.</param>
    /// <param name="difference">The difference to detect, in NPS points (&gt; 0, ≤ 200).</param>
    /// <param name="confidenceLevel">The confidence level of the two-sided test; 0.95 by default.</param>
    /// <param name="power">The power, strictly between 0 and 1; 0.8 by default.</param>
    /// <param name="method">The method; adjusted Wald by default.</param>
    /// <returns>The number of responses per group.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A share, the difference, the level or the power is out of range.</exception>
    public static int PerGroup(
        double baselinePromoterShare,
        double baselineDetractorShare,
        double treatmentPromoterShare,
        double treatmentDetractorShare,
        double difference,
        double confidenceLevel = 0.95,
        double power = 0.8,
        NpsIntervalMethod method = NpsIntervalMethod.AdjustedWald)
    {
        CheckShares(baselinePromoterShare, baselineDetractorShare, nameof(baselinePromoterShare), nameof(baselineDetractorShare));
        CheckShares(treatmentPromoterShare, treatmentDetractorShare, nameof(treatmentPromoterShare), nameof(treatmentDetractorShare));
        CheckPositive(difference, 200d, nameof(difference));
        CheckProbability(confidenceLevel, nameof(confidenceLevel));
        CheckProbability(power, nameof(power));
        var delta = difference / 100d;
        var z = NpsMath.CriticalValue(confidenceLevel) + NpsMath.Quantile(power);
        var variance = NpsMath.Variance(baselinePromoterShare, baselineDetractorShare) + NpsMath.Variance(treatmentPromoterShare, treatmentDetractorShare);
        return Finish(z * z * variance / (delta * delta), method);
    }

    private static int Finish(double n, NpsIntervalMethod method)
    {
        var adjusted = method == NpsIntervalMethod.AdjustedWald ? n - NpsMath.PseudoTotal : n;
        var rounded = Math.Ceiling(adjusted - 1e-9); // guard against 154.0000000001 from rounding
        return rounded >= int.MaxValue ? int.MaxValue : (int)Math.Max(1d, rounded);
    }

    private static void CheckShares(double p, double d, string pName, string dName)
    {
        if (p is not (>= 0d and <= 1d))
        {
            throw new ArgumentOutOfRangeException(pName, p, $"A share must be in [0, 1]; got {p.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (d is not (>= 0d and <= 1d) || p + d > 1d + 1e-12)
        {
            throw new ArgumentOutOfRangeException(dName, d, $"A detractor share must be in [0, 1 − promoter share]; got {d.ToString(CultureInfo.InvariantCulture)} with promoters {p.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private static void CheckPositive(double value, double max, string name)
    {
        if (value is not (> 0d) || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be > 0 and ≤ {max.ToString(CultureInfo.InvariantCulture)} points; got {value.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private static void CheckProbability(double value, string name)
    {
        if (value is not (> 0d and < 1d))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be strictly between 0 and 1; got {value.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
