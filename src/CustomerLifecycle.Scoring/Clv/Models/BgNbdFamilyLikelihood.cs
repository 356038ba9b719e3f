using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The weighted log-likelihood of BG/NBD (shift 0) or MBG/NBD (shift 1, dropout possible at time 0) in Hardie's note 027
/// form: ln L = lnΓ(r+x) − lnΓ(r) + r ln α − ln B(a,b) + ln[B(a, b+x′) (α+T)^−(r+x) + 1{x′&gt;0} B(a+1, b+x′−1) (α+t_x)^−(r+x)],
/// x′ = x + shift, with the analytic gradient. Terms that depend only on x, T or t_x are computed once per distinct value;
/// the per-row terms (<see cref="BgNbdFamilyRowTerms"/>) may be computed on several cores and are added in row order.
/// </summary>
internal sealed class BgNbdFamilyLikelihood : IWeightedLogLikelihood
{
    private static readonly string[] Names = ["r", "alpha", "a", "b"];

    private readonly SummaryRows _rows;
    private readonly int _shift;

    /// <summary>The per-row terms of the last evaluation, reused by the next (taken while in use: evaluations may overlap).</summary>
    private double[]? _terms;

    public BgNbdFamilyLikelihood(SummaryRows rows, bool modified)
    {
        _rows = rows;
        _shift = modified ? 1 : 0;
        ModelName = modified ? MbgNbdModel.ModelName : BgNbdModel.ModelName;
    }

    public string ModelName { get; }

    /// <summary>Whether an evaluation over many rows may use several cores (the value and gradient are the same either way).</summary>
    public bool MayUseSeveralCores { get; init; } = true;

    public IReadOnlyList<string> ParameterNames => Names;

    public int Rows => _rows.Count;

    public double Customers => _rows.Customers;

    public int DefaultStarts => 1;

    public bool HasGradient => true;

    public void InitialGuess(Span<double> parameters)
    {
        parameters[0] = 1d;
        parameters[1] = _rows.TotalAge / Math.Max(_rows.TotalRepeatPurchases, 1d);
        parameters[2] = 1d;
        parameters[3] = 1d;
    }

    public double LogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double r = parameters[0], alpha = parameters[1], a = parameters[2], b = parameters[3];
        var rows = _rows;
        var nx = rows.DistinctX.Length;
        var lbA = new double[nx];
        var lbB = new double[nx];
        var swB = new double[nx];
        var logBetaAb = ClvMath.LogBeta(a, b);
        for (var g = 0; g < nx; g++)
        {
            var xs = rows.DistinctX[g] + _shift;
            lbA[g] = ClvMath.LogBeta(a, b + xs);
            lbB[g] = xs > 0d ? ClvMath.LogBeta(a + 1d, b + xs - 1d) : double.NegativeInfinity;
        }

        var logAT = Logs(rows.DistinctAge, alpha, out var invAT);
        var logATx = Logs(rows.DistinctRecency, alpha, out var invATx);

        // Every row's terms (on several cores when the rows are many), and their sums in row order as they are written.
        var terms = Interlocked.Exchange(ref _terms, null) ?? new double[rows.Count * BgNbdFamilyRowTerms.Stride];
        var (ll, dr, dAlpha) = new BgNbdFamilyRowTerms(rows, r, lbA, lbB, logAT, invAT, logATx, invATx, terms).FillAndSum(MayUseSeveralCores, swB);
        _terms = terms;

        var lnGammaR = SpecialFunctions.GammaLn(r);
        var logAlpha = Math.Log(alpha);
        for (var g = 0; g < nx; g++)
        {
            ll += rows.WeightByX[g] * (SpecialFunctions.GammaLn(r + rows.DistinctX[g]) - lnGammaR + (r * logAlpha) - logBetaAb);
        }

        if (gradient.IsEmpty)
        {
            return ll;
        }

        var psiR = SpecialFunctions.DiGamma(r);
        var psiA = SpecialFunctions.DiGamma(a);
        var psiB = SpecialFunctions.DiGamma(b);
        var psiAb = SpecialFunctions.DiGamma(a + b);
        double da = 0d, db = 0d;
        for (var g = 0; g < nx; g++)
        {
            var wg = rows.WeightByX[g];
            var x = rows.DistinctX[g];
            var xs = x + _shift;
            var psiAbx = SpecialFunctions.DiGamma(a + b + xs);
            dr += wg * (SpecialFunctions.DiGamma(r + x) - psiR + logAlpha);
            dAlpha += wg * r / alpha;
            da += (wg * (psiAb - psiAbx)) + (swB[g] / a);
            db += wg * (psiAb - psiB + SpecialFunctions.DiGamma(b + xs) - psiAbx);
            if (swB[g] != 0d)
            {
                db -= swB[g] / (b + xs - 1d);
            }
        }

        gradient[0] = dr;
        gradient[1] = dAlpha;
        gradient[2] = da;
        gradient[3] = db;
        return ll;
    }

    /// <summary>One customer's log-likelihood by the same formula (used by the models' single-customer API).</summary>
    public static double Single(double r, double alpha, double a, double b, int shift, double x, double tx, double age)
    {
        var xs = x + shift;
        var termA = ClvMath.LogBeta(a, b + xs) - ((r + x) * Math.Log(alpha + age));
        var lse = xs > 0d
            ? ClvMath.LogAddExp(termA, ClvMath.LogBeta(a + 1d, b + xs - 1d) - ((r + x) * Math.Log(alpha + tx)))
            : termA;
        return SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha)) - ClvMath.LogBeta(a, b) + lse;
    }

    private static double[] Logs(double[] values, double alpha, out double[] inverses)
    {
        var logs = new double[values.Length];
        inverses = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            logs[i] = Math.Log(alpha + values[i]);
            inverses[i] = 1d / (alpha + values[i]);
        }

        return logs;
    }
}
