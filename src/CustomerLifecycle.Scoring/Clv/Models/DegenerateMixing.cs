using MathNet.Numerics.Integration;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// Expectations over a mixing distribution that has (nearly) collapsed to a point: Beta(a, b) with large a and b, the
/// fit of data whose customers share one dropout probability (BG/NBD, MBG/NBD), and Gamma(s, β) with β large against α
/// (or α against β), the fit of data whose customers share one dropout or purchase rate (Pareto/NBD). There the
/// hypergeometric series of the textbook formulas need of the order of a·t/K (or β/α) terms and their partial sums
/// overflow, so these expectations are integrated directly, in log space, around where the mass is.
/// </summary>
internal static class DegenerateMixing
{
    /// <summary>From this smaller Beta shape on the dropout expectations are integrated: the Beta is nearly normal there.</summary>
    public const double BetaShapeFrom = 100d;

    /// <summary>A Beta series whose terms grow like (1 + t/K)^a beyond e^this would overflow or need too many terms.</summary>
    private const double BetaSeriesExponentLimit = 300d;

    /// <summary>From this ratio (max(α, β) + t_x)/(min(α, β) + t_x) on the Pareto/NBD P(alive) is integrated, not summed.</summary>
    private const double ParetoScaleRatioFrom = 1_000d;

    /// <summary>
    /// Half-widths, in standard deviations, of the quadrature segments around the Beta's mode: narrow where the mass is,
    /// wider in the tails; beyond 40 the mass of any Beta with both shapes ≥ 2 is negligible.
    /// </summary>
    private static readonly double[] Spreads = [0d, 1d, 2d, 3d, 4.5d, 6d, 8d, 11d, 15d, 20d, 28d, 40d];

    /// <summary>A 32-point Gauss–Legendre rule on [−1, 1], applied to every segment: exact for polynomials of degree 63.</summary>
    private static readonly GaussLegendreRule Rule = new(-1d, 1d, 32);

    /// <summary>
    /// Whether an expectation over p ~ Beta(a, b) at horizon t and rate scale K should be integrated rather than summed:
    /// both shapes large (a point mass), a series that would overflow, or b a million times a or more (dropout so unlikely
    /// that the closed form's factor (a + b − 1)/(a − 1) multiplies a difference lost to cancellation).
    /// </summary>
    public static bool IntegrateBeta(double a, double b, double k, double t) =>
        a >= 2d && b >= 2d && (Math.Min(a, b) >= BetaShapeFrom || a * ClvMath.Log1p(t / k) > BetaSeriesExponentLimit || b >= BetaRatioFrom * a);

    // b/a from which the closed forms lose more than about 1e-10 relative precision (eps · b/a).
    private const double BetaRatioFrom = 1e6;

    /// <summary>
    /// E[h(p)] for p ~ Beta(a, b), a, b ≥ 2 (a bounded, unimodal density, zero at both ends): the density relative to its
    /// mode, integrated with and without h over segments 0, ±2, ±6, ±14, ±40 standard deviations from the mode, and the
    /// ratio taken, so the normalising constant B(a, b) (which underflows for large shapes) is never formed.
    /// </summary>
    public static double BetaMean(Func<double, double> h, double a, double b)
    {
        var span = a + b - 2d;
        var mode = (a - 1d) / span;
        var rest = (b - 1d) / span;
        var sd = Math.Sqrt(a * b / ((a + b) * (a + b) * (a + b + 1d)));
        double Density(double p) =>
            Math.Exp(((a - 1d) * ClvMath.Log1p(Math.Max(-1d, (p - mode) / mode))) + ((b - 1d) * ClvMath.Log1p(Math.Max(-1d, (mode - p) / rest))));

        var cuts = Spreads.Select(s => Math.Max(0d, mode - (s * sd))).Reverse()
            .Concat(Spreads.Skip(1).Select(s => Math.Min(1d, mode + (s * sd))))
            .Distinct()
            .ToArray();
        double mass = 0d, weighted = 0d;
        for (var i = 1; i < cuts.Length; i++)
        {
            var (withH, plain) = Segment(cuts[i - 1], cuts[i], p =>
            {
                var density = Density(p);
                return (density == 0d ? 0d : density * h(p), density);
            });
            weighted += withH;
            mass += plain;
        }

        return weighted / mass;
    }

    /// <summary>
    /// E[(1 − (K/(K + p t))^m) / p] for p ~ Beta(a, b) by <see cref="BetaMean"/>: the BG/NBD-family expected purchases
    /// in (0, t] of a customer alive now with purchase-rate posterior Gamma(m, K).
    /// </summary>
    public static double BetaGeometricExpectation(double m, double a, double b, double k, double t) =>
        BetaMean(p => p == 0d ? m * t / k : -ClvMath.Expm1(-m * ClvMath.Log1p(p * t / k)) / p, a, b);

    /// <summary>E[(K/(K + p τ))^m] for p ~ Beta(a, b) by <see cref="BetaMean"/>: the chance that a BG/NBD-family customer alive now survives τ more.</summary>
    public static double BetaSurvival(double m, double a, double b, double k, double tau) =>
        BetaMean(p => Math.Exp(-m * ClvMath.Log1p(p * tau / k)), a, b);

    /// <summary>Whether the Pareto/NBD P(alive) of a customer with recency t_x should be integrated rather than summed.</summary>
    public static bool IntegratePareto(double alpha, double beta, double recency) =>
        (Math.Max(alpha, beta) + recency) / (Math.Min(alpha, beta) + recency) > ParetoScaleRatioFrom;

    /// <summary>
    /// The log-odds of being dead against alive at T of a Pareto/NBD customer, ln ∫ from t_x to T of
    /// s(β+τ)⁻¹ ((β+T)/(β+τ))^s ((α+T)/(α+τ))^(r+x) dτ: the chance of having died at τ after the last purchase, against
    /// surviving to T, each with the purchase-rate and dropout-rate mixtures integrated out. The integrand falls
    /// monotonically from t_x, so it is taken relative to its value there and integrated over segments that follow its decay.
    /// </summary>
    public static double ParetoLogOddsDead(double r, double alpha, double s, double beta, double frequency, double recency, double age)
    {
        var shape = r + frequency;
        double Exponent(double tau) =>
            Math.Log(s) - Math.Log(beta + tau)
            + (s * (ClvMath.Log1p(age / beta) - ClvMath.Log1p(tau / beta)))
            + (shape * (Math.Log(alpha + age) - Math.Log(alpha + tau)));

        var top = Exponent(recency);

        // Segments doubling in length from the integrand's initial decay scale follow both its exponential and power-law fall.
        var decay = Math.Min((alpha + recency) / shape, (beta + recency) / s) / 4d;
        double from = recency, total = 0d;
        for (var length = decay; from < age; length *= 2d)
        {
            var to = Math.Min(age, from + length);
            total += Segment(from, to, tau => (Math.Exp(Exponent(tau) - top), 0d)).First;
            from = to;
        }

        return top + Math.Log(total);
    }

    /// <summary>The Gauss–Legendre integrals over [from, to] of the two integrands f gives at each node.</summary>
    private static (double First, double Second) Segment(double from, double to, Func<double, (double First, double Second)> f)
    {
        var half = (to - from) / 2d;
        var middle = (from + to) / 2d;
        double first = 0d, second = 0d;
        for (var i = 0; i < Rule.Abscissas.Length; i++)
        {
            var (u, v) = f(middle + (half * Rule.Abscissas[i]));
            var weight = half * Rule.Weights[i];
            first += u * weight;
            second += v * weight;
        }

        return (first, second);
    }
}
