using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>The formulas behind NPS intervals and tests, on the −1..1 scale (callers convert to points).</summary>
/// <remarks>
/// NPS is the mean of s ∈ {+1, 0, −1}; one response's variance is σ² = p + d − (p − d)². Adjusted Wald (Rocks 2016) adds
/// 0.75 promoter, 1.5 passives and 0.75 detractor before applying Wald.
/// </remarks>
internal static class NpsMath
{
    public const double PseudoPromoters = 0.75;
    public const double PseudoPassives = 1.5;
    public const double PseudoDetractors = 0.75;
    public const double PseudoTotal = PseudoPromoters + PseudoPassives + PseudoDetractors;

    /// <summary>The centre, the per-response variance and the sample size a method uses, from (possibly fractional) counts.</summary>
    public static (double Centre, double Variance, double N) Moments(double promoters, double passives, double detractors, NpsIntervalMethod method)
    {
        if (method == NpsIntervalMethod.AdjustedWald)
        {
            promoters += PseudoPromoters;
            passives += PseudoPassives;
            detractors += PseudoDetractors;
        }

        var n = promoters + passives + detractors;
        var p = promoters / n;
        var d = detractors / n;
        var centre = p - d;
        var variance = Math.Max(0d, p + d - (centre * centre));
        return (centre, variance, n);
    }

    public static double Variance(double promoterShare, double detractorShare) =>
        promoterShare + detractorShare - ((promoterShare - detractorShare) * (promoterShare - detractorShare));

    /// <summary>The two-sided critical value z_{1−α/2}.</summary>
    public static double CriticalValue(double confidenceLevel) => Normal.InvCDF(0d, 1d, 1d - ((1d - confidenceLevel) / 2d));

    /// <summary>The one-sided quantile z_{power}.</summary>
    public static double Quantile(double probability) => Normal.InvCDF(0d, 1d, probability);

    /// <summary>Two-sided p-value of a z statistic, accurate in the far tail (erfc rather than 1 − Φ).</summary>
    public static double TwoSidedPValue(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2d));

    /// <summary>centre ± half, clamped to ±limit, then widened to contain the observed value.</summary>
    public static NpsInterval Interval(double centre, double half, double observed, double limit) => new(
        Math.Min(Math.Max(centre - half, -limit), observed),
        Math.Max(Math.Min(centre + half, limit), observed));
}
