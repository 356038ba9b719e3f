using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>Log-space helpers shared by the discrete-time models (BG/BB and sBG).</summary>
internal static class DiscreteMath
{
    /// <summary>The most series terms <see cref="OneHypergeometric"/> sums before giving up.</summary>
    public const int MaxSeriesTerms = 20_000_000;

    /// <summary>ln B(a, b) for a, b &gt; 0.</summary>
    public static double LogBeta(double a, double b) => SpecialFunctions.BetaLn(a, b);

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

    /// <summary>e^x − 1, accurate for small |x| (e^x − 1 = 2 tanh(x/2) / (1 − tanh(x/2))).</summary>
    public static double ExpM1(double x)
    {
        if (Math.Abs(x) >= 0.5d)
        {
            return Math.Exp(x) - 1d;
        }

        var t = Math.Tanh(x / 2d);
        return 2d * t / (1d - t);
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
    /// ln of [Γ(1+δ+a)/Γ(γ+δ+a) − Γ(1+δ+b)/Γ(γ+δ+b)] / (γ − 1) for b &gt; a ≥ 0, a positive quantity for every γ &gt; 0;
    /// near γ = 1 the 0/0 is resolved with the digamma function (midpoint rule, error O((γ − 1)³)).
    /// </summary>
    public static double LogGammaRatioDifference(double gamma, double delta, double a, double b)
    {
        var logFirst = SpecialFunctions.GammaLn(1d + delta + a) - SpecialFunctions.GammaLn(gamma + delta + a);
        double quotient;
        if (Math.Abs(gamma - 1d) < 1e-4)
        {
            var mid = ((1d + gamma) / 2d) + delta;
            var slope = SpecialFunctions.DiGamma(mid + b) - SpecialFunctions.DiGamma(mid + a);
            var change = -(gamma - 1d) * slope;
            quotient = gamma == 1d ? slope : -ExpM1(change) / (gamma - 1d);
        }
        else
        {
            var logSecond = SpecialFunctions.GammaLn(1d + delta + b) - SpecialFunctions.GammaLn(gamma + delta + b);
            quotient = -ExpM1(logSecond - logFirst) / (gamma - 1d);
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
