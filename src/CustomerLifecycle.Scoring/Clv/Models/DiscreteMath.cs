using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>Log-space helpers shared by the discrete-time models (BG/BB and sBG).</summary>
internal static class DiscreteMath
{
    /// <summary>The most series terms <see cref="OneHypergeometric"/> sums before giving up.</summary>
    public const int MaxSeriesTerms = 20_000_000;

    /// <summary>ln B(a, b) for a, b &gt; 0.</summary>
    public static double LogBeta(double a, double b) => SpecialFunctions.BetaLn(a, b);

    /// <summary>From this size on, ratios of Γ functions use Stirling's series instead of differences of ln Γ.</summary>
    private const double StirlingFrom = 1e5;

    /// <summary>Up to this many factors, ratios of Γ functions at integer distance are plain products.</summary>
    private const int ProductUpTo = 16;

    /// <summary>
    /// ln B(p+m, q+k) − ln B(p, q) for p, q &gt; 0 and m, k ≥ 0, accurate for any size of p and q: a difference of
    /// ln B values cancels catastrophically once p or q is large (ln Γ(10²²) ≈ 5·10²³), which made fits that let γ and
    /// δ run off together report a positive log-likelihood.
    /// </summary>
    public static double LogBetaRatio(double p, double q, double m, double k) =>
        LogGammaRatio(p, m) + LogGammaRatio(q, k) - LogGammaRatio(p + q, m + k);

    /// <summary>∂/∂p of <see cref="LogBetaRatio"/>: ψ(p+m) − ψ(p) − [ψ(p+q+m+k) − ψ(p+q)].</summary>
    public static double LogBetaRatioSlopeFirst(double p, double q, double m, double k) =>
        DigammaDifference(p, m) - DigammaDifference(p + q, m + k);

    /// <summary>∂/∂q of <see cref="LogBetaRatio"/>: ψ(q+k) − ψ(q) − [ψ(p+q+m+k) − ψ(p+q)].</summary>
    public static double LogBetaRatioSlopeSecond(double p, double q, double m, double k) =>
        DigammaDifference(q, k) - DigammaDifference(p + q, m + k);

    /// <summary>ln Γ(p+m) − ln Γ(p) for p &gt; 0 and p + m &gt; 0, without cancellation when p is large.</summary>
    public static double LogGammaRatio(double p, double m)
    {
        if (m == 0d)
        {
            return 0d;
        }

        if (p >= StirlingFrom)
        {
            // (z − ½)ln z − z + ½ln 2π + 1/(12z) − …, differenced term by term; the next term is below 10⁻¹⁵ relative.
            return ((p - 0.5d) * ClvMath.Log1p(m / p)) + (m * Math.Log(p + m)) - m - (m / (12d * p * (p + m)));
        }

        if (m > 0d && m <= ProductUpTo && m == Math.Floor(m))
        {
            var product = 1d;
            for (var i = 0; i < (int)m; i++)
            {
                product *= p + i;
            }

            return Math.Log(product);
        }

        return SpecialFunctions.GammaLn(p + m) - SpecialFunctions.GammaLn(p);
    }

    /// <summary>ψ(p+m) − ψ(p) for p &gt; 0 and p + m &gt; 0, without cancellation when p is large.</summary>
    public static double DigammaDifference(double p, double m)
    {
        if (m == 0d)
        {
            return 0d;
        }

        if (p >= StirlingFrom)
        {
            // ψ(z) = ln z − 1/(2z) − 1/(12z²) + …, differenced term by term.
            var s = p + m;
            return ClvMath.Log1p(m / p) + (m / (2d * p * s)) + (m * (p + s) / (12d * p * p * s * s));
        }

        if (m > 0d && m <= ProductUpTo && m == Math.Floor(m))
        {
            var sum = 0d;
            for (var i = 0; i < (int)m; i++)
            {
                sum += 1d / (p + i);
            }

            return sum;
        }

        return SpecialFunctions.DiGamma(p + m) - SpecialFunctions.DiGamma(p);
    }

    /// <summary>ln(e^a + e^b) without overflow; −∞ is the identity.</summary>
    public static double LogAddExp(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
        {
            return b;
        }

        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        var max = Math.Max(a, b);
        return max + Math.Log(1d + Math.Exp(-Math.Abs(a - b)));
    }

    /// <summary>
    /// The Gauss hypergeometric function ₂F₁(1, b; c; z) for 0 ≤ z &lt; 1 and c &gt; b &gt; 0, summed as its series
    /// Σ (b)ⱼ/(c)ⱼ zʲ (all terms positive, ratio below z, so it converges geometrically).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">z is so close to 1 that the series needs more than <see cref="MaxSeriesTerms"/> terms.</exception>
    public static double OneHypergeometric(double b, double c, double z, string discountParameter)
    {
        var sum = 1d;
        var term = 1d;
        for (var j = 0; j < MaxSeriesTerms; j++)
        {
            term *= (b + j) / (c + j) * z;
            sum += term;
            if (term <= sum * 1e-17)
            {
                return sum;
            }
        }

        throw new ArgumentOutOfRangeException(discountParameter, "The discount rate is too small for the discounted sum to converge; use a rate of at least 1e-6 per period.");
    }

    /// <summary>
    /// ln of Γ(γ+δ)/Γ(1+δ) · [Γ(1+δ+a)/Γ(γ+δ+a) − Γ(1+δ+b)/Γ(γ+δ+b)] / (γ − 1) for b &gt; a ≥ 0, a positive quantity
    /// for every γ &gt; 0, built from ratios of Γ functions so that large γ and δ lose no precision; near γ = 1 the 0/0 is
    /// resolved with the digamma function (midpoint rule, error O((γ − 1)³)).
    /// </summary>
    public static double LogScaledGammaRatioDifference(double gamma, double delta, double a, double b)
    {
        var logFirst = LogGammaRatio(1d + delta, a) - LogGammaRatio(gamma + delta, a);
        double quotient;
        if (Math.Abs(gamma - 1d) < 1e-4)
        {
            var mid = ((1d + gamma) / 2d) + delta;
            var slope = DigammaDifference(mid + a, b - a);
            var change = -(gamma - 1d) * slope;
            quotient = gamma == 1d ? slope : -ClvMath.Expm1(change) / (gamma - 1d);
        }
        else
        {
            var change = LogGammaRatio(1d + delta + a, b - a) - LogGammaRatio(gamma + delta + a, b - a);
            quotient = -ClvMath.Expm1(change) / (gamma - 1d);
        }

        return logFirst + Math.Log(quotient);
    }

    /// <summary>Throws unless a model parameter is finite and &gt; 0.</summary>
    public static void CheckParameter(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0d)
        {
            throw new ArgumentOutOfRangeException(name, value, $"The parameter {name} must be a finite number > 0.");
        }
    }

    /// <summary>Throws unless a discount rate per period is finite and &gt; 0.</summary>
    public static void CheckDiscount(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0d)
        {
            throw new ArgumentOutOfRangeException(name, value, "The discount rate per period must be a finite number > 0 (0.1 for 10 %).");
        }
    }
}
