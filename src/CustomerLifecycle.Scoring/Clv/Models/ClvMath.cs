using System.Globalization;
using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>Log-space special-function helpers shared by the CLV models; every function is finite for valid arguments.</summary>
internal static class ClvMath
{
    private const int MaxSeriesTerms = 200_000;

    /// <summary>From this horizon, in units of the rate's scale K, the BG/NBD expectation is integrated, not summed.</summary>
    private const double QuadratureFrom = 1_000d;

    /// <summary>ln(eˣ + eʸ) without overflow; −∞ arguments are allowed.</summary>
    public static double LogAddExp(double x, double y)
    {
        if (double.IsNegativeInfinity(x))
        {
            return y;
        }

        if (double.IsNegativeInfinity(y))
        {
            return x;
        }

        return x >= y ? x + Math.Log(1d + Math.Exp(y - x)) : y + Math.Log(1d + Math.Exp(x - y));
    }

    /// <summary>
    /// eˣ − 1 to a few ulps for every x (Kahan: (u − 1)·x / ln u with u = eˣ cancels the rounding of u). MathNet's
    /// Expm1 truncates its series: off by 1.4·10⁻⁸ relative at x = −0.1, which showed in the BG/NBD expectation.
    /// </summary>
    public static double Expm1(double x)
    {
        if (Math.Abs(x) > 0.5d || double.IsNaN(x))
        {
            return Math.Exp(x) - 1d; // |eˣ − 1| ≥ 0.39: the rounding of eˣ costs at most 3·10⁻¹⁶ relative
        }

        var u = Math.Exp(x);
        if (u == 1d)
        {
            return x;
        }

        return (u - 1d) * x / Math.Log(u);
    }

    /// <summary>ln(1 + u) to a few ulps for u &gt; −1 (Goldberg: ln(w)·u / (w − 1) with w = 1 + u cancels the rounding of w).</summary>
    public static double Log1p(double u)
    {
        if (Math.Abs(u) > 0.5d || double.IsNaN(u))
        {
            return Math.Log(1d + u); // 1 + u is exact for u in (−1, −½] and loses nothing that matters above ½
        }

        var w = 1d + u;
        return w == 1d ? u : Math.Log(w) * (u / (w - 1d));
    }

    /// <summary>ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b), a, b &gt; 0.</summary>
    public static double LogBeta(double a, double b) =>
        SpecialFunctions.GammaLn(a) + SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b);

    /// <summary>1 / (1 + eᵘ), the logistic of −u, without overflow (0 for large u, 1 for very negative u).</summary>
    public static double InverseOnePlusExp(double u) => u > 0d ? Math.Exp(-u) / (1d + Math.Exp(-u)) : 1d / (1d + Math.Exp(u));

    /// <summary>
    /// The Gauss hypergeometric series ₂F₁(a, b; c; z) for c &gt; 0 and 0 ≤ z &lt; 1, summed until the geometric bound on
    /// the tail is below 1e-16 of the sum; a terminating series (a or b a non-positive integer) stops exactly.
    /// </summary>
    /// <exception cref="ArithmeticException">The series did not converge within 200,000 terms (z extremely close to 1).</exception>
    public static double Hyp2F1(double a, double b, double c, double z)
    {
        var term = 1d;
        var sum = 1d;
        for (var k = 0; k < MaxSeriesTerms; k++)
        {
            var ratio = (a + k) * (b + k) / ((c + k) * (k + 1d)) * z;
            term *= ratio;
            sum += term;
            if (term == 0d)
            {
                return sum;
            }

            var nextRatio = Math.Abs((a + k + 1d) * (b + k + 1d) / ((c + k + 1d) * (k + 2d)) * z);
            if (nextRatio < 1d && Math.Abs(term) * nextRatio / (1d - nextRatio) <= 1e-16 * Math.Abs(sum))
            {
                return sum;
            }
        }

        throw new ArithmeticException(string.Create(
            CultureInfo.InvariantCulture,
            $"The hypergeometric series 2F1({a:G6}, {b:G6}; {c:G6}; {z:G6}) did not converge: the horizon is too long relative to the fitted time scale."));
    }

    /// <summary>
    /// ln ₂F₁(A, B; A + 1; z) for A, B &gt; 0 and 0 ≤ z &lt; 1 through Euler's transformation
    /// (1 − z)^(1−B) ₂F₁(1, A + 1 − B; A + 1; z), whose terms fall at least as fast as zᵏ: no overflow for large A or B.
    /// </summary>
    public static double LogHyp2F1APlusOne(double a, double b, double z) =>
        ((1d - b) * Log1p(-z)) + Math.Log(Hyp2F1(1d, a + 1d - b, a + 1d, z));

    /// <summary>
    /// E[(1 − (K/(K + p t))^m) / p] for p ~ Beta(a, b): the expected purchases in (0, t] of a BG/NBD-type customer alive now
    /// with transaction-rate posterior Gamma(m, K). Equals (c/(a−1))·[1 − (K/(K+t))^m ₂F₁(m, b; c; t/(K+t))], c = a + b − 1,
    /// evaluated after Euler's transformation in a form that is finite for every a, b &gt; 0 (including a = 1 and a + b ≤ 1);
    /// a Beta close to a point (large a and b) is integrated instead (<see cref="DegenerateMixing"/>).
    /// </summary>
    public static double BetaGeometricExpectation(double m, double a, double b, double k, double t)
    {
        if (t == 0d)
        {
            return 0d;
        }

        // A Beta(a, b) close to a point (a, b large: one dropout probability for all) makes the series below explode.
        if (DegenerateMixing.IntegrateBeta(a, b, k, t))
        {
            return DegenerateMixing.BetaGeometricExpectation(m, a, b, k, t);
        }

        // The series below needs about (1 + t/K)·40 terms; far beyond the rate's time scale integrate instead.
        return t / k > QuadratureFrom ? BetaGeometricExpectationByQuadrature(m, a, b, k, t) : BetaGeometricExpectationBySeries(m, a, b, k, t);
    }

    /// <summary>
    /// <see cref="BetaGeometricExpectation"/> as E[g(p)], g(p) = (1 − (1 + p t/K)^−m)/p, integrated over p ~ Beta(a, b).
    /// The Beta density's endpoint powers are taken out analytically: within ε of 0 and of 1 by a two-term expansion
    /// (the omitted term is below 10⁻¹⁶ relative), and in between in v = ln p on (ε, ½] and w = ln(1 − p) on [½, 1 − ε),
    /// where the integrands are analytic, by adaptive Gauss–Kronrod quadrature.
    /// </summary>
    internal static double BetaGeometricExpectationByQuadrature(double m, double a, double b, double k, double t)
    {
        var scale = t / k;
        double G(double p) => p == 0d ? m * scale : -Expm1(-m * Log1p(p * scale)) / p;

        // Near p = 0: ∫₀^ε p^(a−1) φ(p) dp with φ(p) = (1 − p)^(b−1) g(p), φ(0) = m t/K, φ′(0) = g′(0) − (b − 1) g(0).
        var epsLow = 1e-8 / Math.Max(1d, Math.Max(Math.Abs(b - 1d), (m + 1d) * scale));
        var g0 = m * scale;
        var g0Slope = -m * (m + 1d) / 2d * scale * scale;
        var lowTail = (g0 * Math.Exp(a * Math.Log(epsLow)) / a) + ((g0Slope - ((b - 1d) * g0)) * Math.Exp((a + 1d) * Math.Log(epsLow)) / (a + 1d));

        // Near p = 1: ∫₀^ε y^(b−1) ψ(1 − y) dy with ψ(p) = p^(a−1) g(p), ψ′(1) = (a − 1) g(1) + g′(1).
        var epsHigh = 1e-8 / Math.Max(1d, Math.Max(Math.Abs(a - 1d), m + 2d));
        var g1 = G(1d);
        var g1Slope = (m * scale * Math.Exp((-m - 1d) * Log1p(scale))) - g1;
        var highTail = (g1 * Math.Exp(b * Math.Log(epsHigh)) / b) - ((((a - 1d) * g1) + g1Slope) * Math.Exp((b + 1d) * Math.Log(epsHigh)) / (b + 1d));

        double InLogP(double v)
        {
            var p = Math.Exp(v);
            return Math.Exp((a * v) + ((b - 1d) * Log1p(-p))) * G(p);
        }

        double InLogOneMinusP(double w)
        {
            var y = Math.Exp(w);
            var p = 1d - y;
            return Math.Exp((b * w) + ((a - 1d) * Log1p(-y))) * G(p);
        }

        // Split where g turns from its plateau m t/K to 1/p.
        double fromLow = Math.Log(epsLow), half = Math.Log(0.5d), knee = Math.Log(Math.Min(0.5d, 1d / scale));
        var middle = knee > fromLow
            ? Integral(InLogP, fromLow, knee) + Integral(InLogP, knee, half)
            : Integral(InLogP, fromLow, half);
        var upper = Integral(InLogOneMinusP, Math.Log(epsHigh), half);
        return Math.Max((lowTail + middle + upper + highTail) * Math.Exp(-SpecialFunctions.BetaLn(a, b)), 0d);

        static double Integral(Func<double, double> f, double from, double to) =>
            from >= to ? 0d : Integrate.GaussKronrod(f, from, to, targetRelativeError: 1e-12, maximumDepth: 20, order: 21);
    }

    /// <summary><see cref="BetaGeometricExpectation"/> by its hypergeometric series; for t/K up to about 10³.</summary>
    internal static double BetaGeometricExpectationBySeries(double m, double a, double b, double k, double t)
    {
        var c = a + b - 1d;
        var z = t / (k + t);
        var logOneMinusZ = -Log1p(t / k);
        var am1 = a - 1d;
        var e1 = Math.Abs(am1 * logOneMinusZ) < 1e-12 ? logOneMinusZ : Expm1(am1 * logOneMinusZ) / am1;

        // c·S = Σ_{k≥1} (c − m)_k (a)_{k−1} zᵏ / ((c + 1)_{k−1} k!)
        var aPrime = c - m;
        var term = aPrime * z;
        var sum = term;
        for (var j = 1; j < MaxSeriesTerms && term != 0d; j++)
        {
            var ratio = (aPrime + j) * (a + j - 1d) / ((c + j) * (j + 1d)) * z;
            term *= ratio;
            sum += term;
            var next = Math.Abs((aPrime + j + 1d) * (a + j) / ((c + j + 1d) * (j + 2d)) * z);
            if (next < 1d && Math.Abs(term) * next / (1d - next) <= 1e-16 * Math.Abs(sum))
            {
                break;
            }

            if (j == MaxSeriesTerms - 1)
            {
                throw new ArithmeticException("The BG/NBD expectation series did not converge: the horizon is too long relative to the fitted time scale.");
            }
        }

        var value = (-c * e1) - (Math.Exp(am1 * logOneMinusZ) * sum);
        return Math.Max(value, 0d);
    }

    /// <summary>[1 − (1 + u)^−(s−1)] / (s − 1), continuous at s = 1 (where it is ln(1 + u)); u ≥ 0, s &gt; 0.</summary>
    public static double ParetoHorizonFactor(double s, double u)
    {
        var l = Log1p(u);
        var sm1 = s - 1d;
        return Math.Abs(sm1 * l) < 1e-12 ? l : -Expm1(-sm1 * l) / sm1;
    }

    /// <summary>Checks one customer's (x, t_x, T) and returns nothing; throws naming the parameter.</summary>
    public static void CheckCustomer(double frequency, double recency, double age)
    {
        if (!double.IsFinite(frequency) || frequency < 0d || Math.Floor(frequency) != frequency)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Frequency x must be a whole number ≥ 0.");
        }

        if (!double.IsFinite(age) || age <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, "Age T must be a finite number > 0.");
        }

        if (!double.IsFinite(recency) || recency < 0d || recency > age || (frequency == 0d && recency != 0d))
        {
            throw new ArgumentOutOfRangeException(nameof(recency), recency, "Recency t_x must lie in [0, T], and be 0 when x = 0.");
        }
    }

    /// <summary>Checks a time span (horizon) is finite and ≥ 0.</summary>
    public static void CheckHorizon(double t, string name)
    {
        if (!double.IsFinite(t) || t < 0d)
        {
            throw new ArgumentOutOfRangeException(name, t, "A time span must be a finite number ≥ 0 (in the model's time unit).");
        }
    }

    /// <summary>Checks a model parameter is finite and &gt; 0.</summary>
    public static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0d
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"Parameter {name} must be a finite number > 0.");
}
