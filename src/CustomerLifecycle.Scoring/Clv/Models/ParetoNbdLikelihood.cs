using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The weighted Pareto/NBD log-likelihood (Fader &amp; Hardie 2005, "A note on deriving the Pareto/NBD model"):
/// L = Γ(r+x)α^r β^s/Γ(r) · [(α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀], with A₀ the difference of two ₂F₁(·; r+s+x+1; ·)
/// terms at t_x and T, evaluated in log space through a transformed series that cannot overflow (see
/// <see cref="ClvMath.LogHyp2F1APlusOne"/>), with its analytic gradient.
/// </summary>
/// <remarks>
/// <para>
/// A₀ = F(t_x) − F(T), where (r+s+x)⁻¹[F(t_x) − F(T)] = ∫ (β+y)^−(s+1) (α+y)^−(r+x) dy over [t_x, T]. After Euler's
/// transformation F(y) = (β+y)^−s (α+y)^−(r+x) G(r+x, r+s+x+1, (α−β)/(α+y)) when α ≥ β, and
/// F(y) = (α+y)^(1−r−x) (β+y)^−(s+1) G(s+1, r+s+x+1, (β−α)/(β+y)) when α &lt; β, with
/// G(e, c, z) = ₂F₁(1, e; c; z) = Σₖ (e)ₖ/(c)ₖ zᵏ, whose terms fall at least as fast as zᵏ because e &lt; c.
/// </para>
/// <para>
/// The derivatives of ln G with respect to e, c and z have no closed form, but the series does: ∂/∂e of the k-th term is
/// the term times Σ_{j&lt;k} 1/(e+j), ∂/∂c is minus the term times Σ_{j&lt;k} 1/(c+j), and ∂/∂z is k (e)ₖ/(c)ₖ zᵏ⁻¹. The pass
/// sums all four alongside each other and stops when a geometric bound on every tail is below 1e-16 of the value.
/// </para>
/// <para>
/// F depends on (x, y) only, so it is evaluated once per distinct (x, t_x) and (x, T) pair (CDNOW: 586 + 464 series for
/// 1,016 rows), and terms that depend on x alone once per distinct x. The instance reuses its buffers: one fit at a time.
/// </para>
/// </remarks>
internal sealed class ParetoNbdLikelihood : IWeightedLogLikelihood
{
    private static readonly string[] Names = ["r", "alpha", "s", "beta"];

    /// <summary>
    /// A series longer than this (z within about 2e-4 of 1, far from any fitted optimum) makes the point count as
    /// impossible, so the line search backs off; the value-only path (<see cref="LogA0"/>) throws at the same length.
    /// </summary>
    private const int MaxSeriesTerms = 200_000;

    private readonly SummaryRows _rows;

    // Every distinct time (t_x or T); the distinct (x, time) pairs whose F is needed; each row's pairs and T.
    private readonly double[] _times;
    private readonly int[] _pairX;
    private readonly int[] _pairTime;
    private readonly int[] _rowRecencyPair;
    private readonly int[] _rowAgePair;
    private readonly int[] _rowAge;

    // Per-evaluation buffers: ln(α+y), ln(β+y) and their reciprocals per time; ln F and its 4 derivatives per pair.
    private readonly double[] _logAY;
    private readonly double[] _logBY;
    private readonly double[] _invAY;
    private readonly double[] _invBY;
    private readonly double[] _logF;
    private readonly double[] _dLogF;

    public ParetoNbdLikelihood(SummaryRows rows)
    {
        _rows = rows;
        _times = rows.DistinctRecency.Union(rows.DistinctAge).Order().ToArray();
        var timeIndex = new Dictionary<double, int>(_times.Length);
        for (var t = 0; t < _times.Length; t++)
        {
            timeIndex[_times[t]] = t;
        }

        var pairs = new Dictionary<(int X, int Time), int>();
        _rowRecencyPair = new int[rows.Count];
        _rowAgePair = new int[rows.Count];
        _rowAge = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            _rowAge[i] = timeIndex[rows.DistinctAge[rows.AgeIndex[i]]];
            _rowRecencyPair[i] = Pair(rows.XIndex[i], timeIndex[rows.DistinctRecency[rows.RecencyIndex[i]]]);
            _rowAgePair[i] = Pair(rows.XIndex[i], _rowAge[i]);
        }

        _pairX = new int[pairs.Count];
        _pairTime = new int[pairs.Count];
        foreach (var ((x, time), index) in pairs)
        {
            _pairX[index] = x;
            _pairTime[index] = time;
        }

        _logAY = new double[_times.Length];
        _logBY = new double[_times.Length];
        _invAY = new double[_times.Length];
        _invBY = new double[_times.Length];
        _logF = new double[pairs.Count];
        _dLogF = new double[4 * pairs.Count];

        int Pair(int x, int time)
        {
            if (!pairs.TryGetValue((x, time), out var index))
            {
                index = pairs.Count;
                pairs.Add((x, time), index);
            }

            return index;
        }
    }

    public string ModelName => ParetoNbdModel.ModelName;

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
        parameters[3] = _rows.TotalAge / _rows.Customers;
    }

    public double LogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double r = parameters[0], alpha = parameters[1], s = parameters[2], beta = parameters[3];
        var rows = _rows;
        var wantGradient = !gradient.IsEmpty;
        for (var t = 0; t < _times.Length; t++)
        {
            _logAY[t] = Math.Log(alpha + _times[t]);
            _logBY[t] = Math.Log(beta + _times[t]);
            _invAY[t] = 1d / (alpha + _times[t]);
            _invBY[t] = 1d / (beta + _times[t]);
        }

        for (var p = 0; p < _pairX.Length; p++)
        {
            var t = _pairTime[p];
            var logF = LogF(r, alpha, s, beta, rows.DistinctX[_pairX[p]], _logAY[t], _logBY[t], _invAY[t], _invBY[t], _dLogF.AsSpan(4 * p, 4));
            if (double.IsNaN(logF))
            {
                return double.NegativeInfinity;
            }

            _logF[p] = logF;
        }

        var logS = Math.Log(s);
        var invS = 1d / s;
        double ll = 0d, dr = 0d, dAlpha = 0d, ds = 0d, dBeta = 0d;
        var dLogF = _dLogF;
        for (var i = 0; i < rows.Count; i++)
        {
            var w = rows.Weight[i];
            var rx = r + rows.DistinctX[rows.XIndex[i]];
            var t = _rowAge[i];
            var logAT = _logAY[t];
            var logBT = _logBY[t];
            var survivor = (-rx * logAT) - (s * logBT);
            var p1 = _rowRecencyPair[i];
            var p2 = _rowAgePair[i];
            var u1 = _logF[p1];
            var u2 = _logF[p2];
            if (u2 >= u1)
            {
                // t_x = T (or A₀ below rounding): only the alive-throughout term.
                ll += w * survivor;
                if (wantGradient)
                {
                    dr -= w * logAT;
                    dAlpha -= w * rx * _invAY[t];
                    ds -= w * logBT;
                    dBeta -= w * s * _invBY[t];
                }

                continue;
            }

            // ln A₀ = u₁ + ln(1 − ρ), ρ = e^(u₂−u₁) < 1; its derivative is (∂u₁ − ρ ∂u₂)/(1 − ρ).
            var oneMinusRho = OneMinusExp(u2 - u1);
            var invRsx = 1d / (rx + s);
            var died = logS + Math.Log(invRsx * oneMinusRho) + u1;
            double lse, wDied;
            if (died <= survivor)
            {
                var e = Math.Exp(died - survivor);
                lse = survivor + Math.Log(1d + e); // e ≤ 1: absolute error ≈ 1e-16, as good as log1p here
                wDied = e / (1d + e);
            }
            else
            {
                var e = Math.Exp(survivor - died);
                lse = died + Math.Log(1d + e);
                wDied = 1d / (1d + e);
            }

            ll += w * lse;
            if (!wantGradient)
            {
                continue;
            }

            var wAlive = 1d - wDied;
            var rho = 1d - oneMinusRho;
            var scale = wDied / oneMinusRho;
            int o1 = 4 * p1, o2 = 4 * p2;
            dr += w * ((-wAlive * logAT) + (scale * (dLogF[o1] - (rho * dLogF[o2]))) - (wDied * invRsx));
            dAlpha += w * ((-wAlive * rx * _invAY[t]) + (scale * (dLogF[o1 + 1] - (rho * dLogF[o2 + 1]))));
            ds += w * ((-wAlive * logBT) + (scale * (dLogF[o1 + 2] - (rho * dLogF[o2 + 2]))) + (wDied * (invS - invRsx)));
            dBeta += w * ((-wAlive * s * _invBY[t]) + (scale * (dLogF[o1 + 3] - (rho * dLogF[o2 + 3]))));
        }

        var lnGammaR = SpecialFunctions.GammaLn(r);
        var logAlpha = Math.Log(alpha);
        var logBeta = Math.Log(beta);
        var constant = (r * logAlpha) + (s * logBeta) - lnGammaR;
        var psiR = wantGradient ? SpecialFunctions.DiGamma(r) : 0d;
        for (var g = 0; g < rows.DistinctX.Length; g++)
        {
            var wg = rows.WeightByX[g];
            var x = rows.DistinctX[g];
            ll += wg * (SpecialFunctions.GammaLn(r + x) + constant);
            if (wantGradient)
            {
                dr += wg * (SpecialFunctions.DiGamma(r + x) - psiR + logAlpha);
                dAlpha += wg * r / alpha;
                ds += wg * logBeta;
                dBeta += wg * s / beta;
            }
        }

        if (wantGradient)
        {
            gradient[0] = dr;
            gradient[1] = dAlpha;
            gradient[2] = ds;
            gradient[3] = dBeta;
        }

        return ll;
    }

    /// <summary>
    /// ln F(y) (see the class remarks) and its derivatives with respect to (r, α, s, β), given ln(α+y), ln(β+y) and their
    /// reciprocals; NaN when the series would need more than <see cref="MaxSeriesTerms"/> terms.
    /// </summary>
    internal static double LogF(
        double r, double alpha, double s, double beta, double x, double logAY, double logBY, double invAY, double invBY, Span<double> derivative)
    {
        var rx = r + x;
        var c = rx + s + 1d;
        if (alpha >= beta)
        {
            if (!Series(rx, c, (alpha - beta) * invAY, out var logG, out var ge, out var gc, out var gz))
            {
                return double.NaN;
            }

            // z = (α−β)/(α+y): ∂z/∂α = (β+y)/(α+y)², ∂z/∂β = −1/(α+y).
            derivative[0] = -logAY + ge + gc;
            derivative[1] = (-rx * invAY) + (gz * invAY * invAY / invBY);
            derivative[2] = -logBY + gc;
            derivative[3] = (-s * invBY) - (gz * invAY);
            return (-s * logBY) - (rx * logAY) + logG;
        }
        else
        {
            if (!Series(s + 1d, c, (beta - alpha) * invBY, out var logG, out var ge, out var gc, out var gz))
            {
                return double.NaN;
            }

            // z = (β−α)/(β+y): ∂z/∂β = (α+y)/(β+y)², ∂z/∂α = −1/(β+y).
            derivative[0] = -logAY + gc;
            derivative[1] = ((1d - rx) * invAY) - (gz * invBY);
            derivative[2] = -logBY + ge + gc;
            derivative[3] = (-(s + 1d) * invBY) + (gz * invBY * invBY / invAY);
            return ((1d - rx) * logAY) - ((s + 1d) * logBY) + logG;
        }
    }

    /// <summary>1 − eᵈ for d &lt; 0, to a few ulps also for d near 0 (<see cref="ClvMath.Expm1"/>, which allocates nothing).</summary>
    internal static double OneMinusExp(double d) => -ClvMath.Expm1(d);

    /// <summary>
    /// G(e, c, z) = Σₖ (e)ₖ/(c)ₖ zᵏ for 0 &lt; e &lt; c, 0 ≤ z &lt; 1: ln G and ∂ln G/∂e, ∂ln G/∂c, ∂ln G/∂z, summed together.
    /// </summary>
    /// <returns>False when the series needs more than <see cref="MaxSeriesTerms"/> terms.</returns>
    internal static bool Series(double e, double c, double z, out double logG, out double dE, out double dC, out double dZ)
    {
        // Term k+1 = term k · (e+k)/(c+k) · z ≤ term k · z, so the tails of Σ termₖ, Σ k termₖ/z and Σ termₖ·hₖ (with
        // hₖ ≤ h + (k − j)/(e+j)) are below termₖ·w·(k + w + h), w = 1/(1 − z): stop when that is below 1e-16 of the sum.
        var w = 1d / (1d - z);
        double term = 1d, sum = 1d, he = 0d, hc = 0d, sumE = 0d, sumC = 0d, sumZ = 0d;
        for (var k = 0; k < MaxSeriesTerms; k++)
        {
            var ek = e + k;
            var invCk = 1d / (c + k);
            he += 1d / ek;
            hc += invCk;
            var coefficient = term * ek * invCk; // (e)ₖ₊₁/(c)ₖ₊₁ zᵏ
            sumZ += (k + 1d) * coefficient;
            term = coefficient * z;
            sum += term;
            sumE += term * he;
            sumC += term * hc;
            if (term * w * (k + 1d + w + he) <= 1e-16 * sum)
            {
                var inverse = 1d / sum;
                logG = Math.Log(sum);
                dE = sumE * inverse;
                dC = -sumC * inverse;
                dZ = sumZ * inverse;
                return true;
            }
        }

        (logG, dE, dC, dZ) = (double.NaN, double.NaN, double.NaN, double.NaN);
        return false;
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
