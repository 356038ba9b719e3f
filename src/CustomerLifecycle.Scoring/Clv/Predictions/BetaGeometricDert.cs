using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>
/// The discounted residual purchases of a BG/NBD-family customer alive now, E[λ/(δ + pλ)] for λ ~ Gamma(m, rate k) and
/// p ~ Beta(a, b), as one double integral of a rational function with the mixing densities tabulated once per shapes.
/// </summary>
/// <remarks>
/// <para>
/// Given λ and p a customer alive now makes a geometric number of further purchases (each is the last with chance p) over
/// exponential gaps of rate λ; the j-th comes after a Gamma(j, λ) time, so its expected discount is (λ/(λ + δ))ʲ and the
/// total Σⱼ (1 − p)^(j−1) (λ/(λ + δ))ʲ = λ/(δ + pλ). With λ = Λ/k, Λ ~ Gamma(m, 1), and E[Λ g(Λ)] = m E[g(T)] for
/// T ~ Gamma(m + 1, 1): E[λ/(δ + pλ)] = m · E[1/(θ + pT)], θ = δk.
/// </para>
/// <para>
/// That expectation is a trapezoid sum over u = ln T and v = ln(p/(1 − p)). In these variables the integrand and both
/// densities are analytic in a strip of half-width close to π about the real axis and fall exponentially at both ends, so
/// the trapezoid rule converges geometrically (error of order e^(−π²/h) for step h; h ≤ 0.4 gives about 10⁻¹¹), whatever
/// θ, including θ far below or above the scale of pT. The densities are normalised by their own sums, so Γ and B, which
/// overflow for large shapes, are never formed. When both Beta shapes are large (a dropout probability shared by all
/// customers) the p-average is taken by <see cref="DegenerateMixing.BetaMean"/> instead, which works around the mode.
/// </para>
/// </remarks>
internal sealed class BetaGeometricDert
{
    /// <summary>The largest trapezoid step, in natural-log units of T and of the odds of p.</summary>
    private const double MaxStep = 0.4;

    /// <summary>Nodes whose density is below e^(−this) of the peak are dropped: their share is below 10⁻¹⁷.</summary>
    private const double LogCut = 40d;

    private readonly double _m;
    private readonly double[] _t;
    private readonly double[] _tWeight;
    private readonly double[] _p;
    private readonly double[] _pWeight;
    private readonly double _a;
    private readonly double _b;

    /// <summary>Tabulates T ~ Gamma(m + 1, 1) and p ~ Beta(a, b).</summary>
    /// <param name="m">The purchase-rate shape m = r + x, &gt; 0.</param>
    /// <param name="a">The Beta shape a, &gt; 0.</param>
    /// <param name="b">The Beta shape b (b + x, or b + x + 1 for MBG/NBD), &gt; 0.</param>
    public BetaGeometricDert(double m, double a, double b)
    {
        _m = m;
        _a = a;
        _b = b;
        var shape = m + 1d;

        // ln of the Gamma(m + 1) density of ln T relative to its peak at ln(m + 1): −(m + 1)(e^d − 1 − d), d = u − ln(m + 1).
        (_t, _tWeight) = Tabulate(Math.Log(shape), 1d / Math.Sqrt(shape), d => -shape * (ClvMath.Expm1(d) - d), d => shape * Math.Exp(d));
        if (UsesDegenerateMixing)
        {
            (_p, _pWeight) = ([], []);
            return;
        }

        // ln of the Beta(a, b) density of the log-odds v relative to its peak at ln(a/b): a v − (a + b) ln(1 + eᵛ).
        var mode = Math.Log(a / b);
        var top = LogDensity(mode);
        (_p, _pWeight) = Tabulate(mode, Math.Sqrt((a + b) / (a * b)), d => LogDensity(mode + d) - top, d => 1d / (1d + Math.Exp(-(mode + d))));

        double LogDensity(double v) => (a * v) - ((a + b) * Log1pExp(v));
    }

    /// <summary>Whether both Beta shapes are so large that the p-average is taken around the mode by <see cref="DegenerateMixing"/>.</summary>
    public bool UsesDegenerateMixing => _a >= DegenerateMixing.BetaShapeFrom && _b >= DegenerateMixing.BetaShapeFrom;

    /// <summary>E[λ/(δ + pλ)] = m · E[1/(θ + pT)] at θ = δk, &gt; 0.</summary>
    /// <param name="theta">The discount rate times the rate parameter of the purchase-rate posterior, δ(α + T).</param>
    /// <returns>The discounted purchases of a customer alive now, finite and &gt; 0.</returns>
    public double Alive(double theta)
    {
        if (UsesDegenerateMixing)
        {
            return _m * DegenerateMixing.BetaMean(Inner, _a, _b);
        }

        var total = 0d;
        for (var j = 0; j < _p.Length; j++)
        {
            total += _pWeight[j] * Inner(_p[j]);
        }

        return _m * total;

        double Inner(double p)
        {
            var sum = 0d;
            for (var i = 0; i < _t.Length; i++)
            {
                sum += _tWeight[i] / (theta + (p * _t[i]));
            }

            return sum;
        }
    }

    /// <summary>
    /// Trapezoid nodes and weights (summing to 1) of a density given by its log relative to its peak, in a variable whose
    /// peak is at <paramref name="mode"/> and whose spread there is <paramref name="spread"/>; walks out from the peak in
    /// both directions until the density has fallen below e^(−<see cref="LogCut"/>).
    /// </summary>
    private static (double[] Nodes, double[] Weights) Tabulate(double mode, double spread, Func<double, double> logDensity, Func<double, double> node)
    {
        var step = Math.Min(MaxStep, spread / 2.5);
        var nodes = new List<double>();
        var weights = new List<double>();
        var total = 0d;
        foreach (var direction in (ReadOnlySpan<int>)[1, -1])
        {
            for (var i = direction > 0 ? 0 : 1; ; i++)
            {
                var d = direction * i * step;
                var log = logDensity(d);
                if (log < -LogCut || !double.IsFinite(log))
                {
                    break;
                }

                var w = Math.Exp(log);
                nodes.Add(node(d));
                weights.Add(w);
                total += w;
            }
        }

        var normalised = weights.Select(w => w / total).ToArray();
        return (nodes.ToArray(), normalised);
    }

    private static double Log1pExp(double v) => v > 0d ? v + Math.Log(1d + Math.Exp(-v)) : Math.Log(1d + Math.Exp(v));
}
