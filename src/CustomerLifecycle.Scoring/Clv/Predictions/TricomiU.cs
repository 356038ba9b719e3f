using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>
/// The confluent hypergeometric function of the second kind with equal parameters, U(a, a, z) = eᶻ Γ(1 − a, z), for
/// a &gt; 0 and z &gt; 0 (Abramowitz &amp; Stegun 13.6.28). It is the Laplace-type integral
/// U(a, a, z) = Γ(a)⁻¹ ∫₀^∞ e^(−zt) t^(a−1) (1 + t)⁻¹ dt, so E[1/(c + μ)] for μ ~ Gamma(a, rate b) is b^a c^(a−1) U(a, a, bc).
/// </summary>
internal static class TricomiU
{
    /// <summary>From this z on the continued fraction converges in at most a few hundred steps; below it, quadrature.</summary>
    private const double ContinuedFractionFrom = 1d;

    private const int MaxSteps = 100_000;

    /// <summary>U(a, a, z) for a &gt; 0, z &gt; 0; finite (it may be large for small z and a &gt; 1).</summary>
    /// <exception cref="ArithmeticException">The continued fraction did not converge (not expected for z ≥ 1).</exception>
    public static double EqualParameters(double a, double z) =>
        z >= ContinuedFractionFrom ? ByContinuedFraction(a, z) : ByQuadrature(a, z);

    /// <summary>
    /// W(a, z) = z^a U(a, a, z), which lies in (0, 1) and tends to 1 as z grows: the form the discounted expectations use,
    /// free of the overflow of U itself for small z and large a.
    /// </summary>
    public static double Scaled(double a, double z) =>
        z > 1e8 * (a + 1d) ? 1d - (a / z) // the asymptotic series zᵃU = 1 − a/z + O(z⁻²), exact to rounding here
        : z >= ContinuedFractionFrom
            ? Math.Min(1d, z * ContinuedFraction(a, z))
            : Math.Min(1d, Math.Exp((a * Math.Log(z)) + LogByQuadrature(a, z)));

    /// <summary>
    /// U(a, a, z) = z^b · eᶻ Γ(b, z) z^(−b) with b = 1 − a, the last factor by Legendre's continued fraction
    /// 1/(z + 1 − b − 1·(1 − b)/(z + 3 − b − …)) evaluated by the modified Lentz method; valid for every real b and z &gt; 0.
    /// </summary>
    internal static double ByContinuedFraction(double a, double z) => Math.Exp((1d - a) * Math.Log(z)) * ContinuedFraction(a, z);

    private static double ContinuedFraction(double a, double z)
    {
        const double tiny = 1e-300;
        var b = 1d - a;
        var denominator = z + 1d - b;
        var c = 1d / tiny;
        var d = 1d / denominator;
        var h = d;
        for (var i = 1; i < MaxSteps; i++)
        {
            var an = -i * (i - b);
            denominator += 2d;
            d = (an * d) + denominator;
            d = Math.Abs(d) < tiny ? tiny : d;
            c = denominator + (an / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1d / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1d) < 1e-16)
            {
                return h;
            }
        }

        throw new ArithmeticException($"The continued fraction of U({a}, {a}, {z}) did not converge.");
    }

    /// <summary>U(a, a, z) by quadrature of its integral (see <see cref="LogByQuadrature"/>).</summary>
    internal static double ByQuadrature(double a, double z) => Math.Exp(LogByQuadrature(a, z));

    /// <summary>
    /// ln U(a, a, z) from Γ(a)⁻¹ ∫ e^(−z eᵛ) e^(av) / (1 + eᵛ) dv over v ∈ ℝ (t = eᵛ), by adaptive Gauss–Kronrod
    /// quadrature of the integrand scaled by its peak (near eᵛ = a/z), on a range whose cut tails are below 10⁻¹⁷ of the
    /// integral; the integrand is smooth, log-concave and falls exponentially on both sides.
    /// </summary>
    internal static double LogByQuadrature(double a, double z)
    {
        // Left: the integrand is below e^(av), whose tail beyond v₀ is e^(a v₀)/a. Right: beyond ln((2a + 60)/z) it is
        // below e^(−45) of its peak. Splitting at 0, at ln(1/z) and at the peak keeps the rule accurate.
        var peak = Math.Log(a / z);
        var shift = Exponent(peak);
        double[] cuts = [Math.Min(-1d, (Math.Log(1e-18 * a) - 2d) / a), 0d, -Math.Log(z), peak, Math.Log(((2d * a) + 60d) / z)];
        Array.Sort(cuts);
        var total = 0d;
        for (var i = 1; i < cuts.Length; i++)
        {
            if (cuts[i] > cuts[i - 1])
            {
                total += Integrate.GaussKronrod(v => Math.Exp(Exponent(v) - shift), cuts[i - 1], cuts[i], targetRelativeError: 1e-12, maximumDepth: 15, order: 21);
            }
        }

        return Math.Log(total) + shift - SpecialFunctions.GammaLn(a);

        double Exponent(double v) => (a * v) - (z * Math.Exp(v)) - Log1pExp(v);
    }

    /// <summary>ln(1 + eᵛ) without overflow.</summary>
    private static double Log1pExp(double v) => v > 0d ? v + Math.Log(1d + Math.Exp(-v)) : Math.Log(1d + Math.Exp(v));
}
