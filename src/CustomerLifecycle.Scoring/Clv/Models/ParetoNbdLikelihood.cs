using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The weighted Pareto/NBD log-likelihood (Fader &amp; Hardie 2005, "A note on deriving the Pareto/NBD model"):
/// L = Γ(r+x)α^r β^s/Γ(r) · [(α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀], with A₀ the difference of two ₂F₁(·; r+s+x+1; ·)
/// terms at t_x and T, evaluated in log space through a transformed series that cannot overflow (see
/// <see cref="ClvMath.LogHyp2F1APlusOne"/>). The gradient is taken by central differences in the driver.
/// </summary>
internal sealed class ParetoNbdLikelihood(SummaryRows rows) : IWeightedLogLikelihood
{
    private static readonly string[] Names = ["r", "alpha", "s", "beta"];

    public string ModelName => ParetoNbdModel.ModelName;

    public IReadOnlyList<string> ParameterNames => Names;

    public int Rows => rows.Count;

    public double Customers => rows.Customers;

    public int DefaultStarts => 1;

    public bool HasGradient => false;

    public void InitialGuess(Span<double> parameters)
    {
        double sumX = 0d, sumT = 0d;
        for (var i = 0; i < rows.Count; i++)
        {
            sumX += rows.Weight[i] * rows.DistinctX[rows.XIndex[i]];
            sumT += rows.Weight[i] * rows.DistinctAge[rows.AgeIndex[i]];
        }

        parameters[0] = 1d;
        parameters[1] = sumT / Math.Max(sumX, 1d);
        parameters[2] = 1d;
        parameters[3] = sumT / rows.Customers;
    }

    public double LogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double r = parameters[0], alpha = parameters[1], s = parameters[2], beta = parameters[3];
        var constant = (r * Math.Log(alpha)) + (s * Math.Log(beta)) - SpecialFunctions.GammaLn(r);
        var ll = 0d;
        for (var g = 0; g < rows.DistinctX.Length; g++)
        {
            ll += rows.WeightByX[g] * (SpecialFunctions.GammaLn(r + rows.DistinctX[g]) + constant);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var x = rows.DistinctX[rows.XIndex[i]];
            ll += rows.Weight[i] * LogBracket(r, alpha, s, beta, x, rows.DistinctRecency[rows.RecencyIndex[i]], rows.DistinctAge[rows.AgeIndex[i]]);
        }

        return ll;
    }

    /// <summary>One customer's log-likelihood.</summary>
    public static double Single(double r, double alpha, double s, double beta, double x, double tx, double age) =>
        SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha)) + (s * Math.Log(beta))
        + LogBracket(r, alpha, s, beta, x, tx, age);

    /// <summary>ln[(α+T)^−(r+x)(β+T)^−s + s/(r+s+x)·A₀].</summary>
    public static double LogBracket(double r, double alpha, double s, double beta, double x, double tx, double age)
    {
        var survivor = (-(r + x) * Math.Log(alpha + age)) - (s * Math.Log(beta + age));
        var logA0 = LogA0(r, alpha, s, beta, x, tx, age);
        return ClvMath.LogAddExp(survivor, Math.Log(s) - Math.Log(r + s + x) + logA0);
    }

    /// <summary>
    /// ln A₀, where A₀ = F(t_x) − F(T) and F(y) = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+y)) / (α+y)^(r+s+x) when α ≥ β,
    /// or ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+y)) / (β+y)^(r+s+x) when α &lt; β; −∞ when t_x = T.
    /// </summary>
    public static double LogA0(double r, double alpha, double s, double beta, double x, double tx, double age)
    {
        var aa = r + s + x;
        double k0, d, bb;
        if (alpha >= beta)
        {
            (k0, d, bb) = (alpha, alpha - beta, s + 1d);
        }
        else
        {
            (k0, d, bb) = (beta, beta - alpha, r + x);
        }

        var u1 = ClvMath.LogHyp2F1APlusOne(aa, bb, d / (k0 + tx)) - (aa * Math.Log(k0 + tx));
        var u2 = ClvMath.LogHyp2F1APlusOne(aa, bb, d / (k0 + age)) - (aa * Math.Log(k0 + age));
        return u2 >= u1 ? double.NegativeInfinity : u1 + Math.Log(-ClvMath.Expm1(u2 - u1));
    }
}
