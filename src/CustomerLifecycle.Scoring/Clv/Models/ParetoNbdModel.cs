using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987; Fader &amp; Hardie's notes): purchases at rate
/// λ ~ Gamma(r, α) while alive; an exponential lifetime with rate μ ~ Gamma(s, β). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// α and β are in the data's time unit. The likelihood and P(alive) use a log-space, transformed ₂F₁ series that stays
/// finite for hundreds of purchases and long silences (the overflow lifetimes users report for x &gt; 300).
/// </remarks>
public sealed class ParetoNbdModel : IRepeatTransactionModel
{
    /// <summary>The model name used in fits and the CLI: "pareto-nbd".</summary>
    public const string ModelName = "pareto-nbd";

    /// <summary>Makes the model from known parameters.</summary>
    /// <param name="r">Shape of the purchase-rate Gamma, &gt; 0.</param>
    /// <param name="alpha">Scale of the purchase-rate Gamma in the data's time unit, &gt; 0.</param>
    /// <param name="s">Shape of the dropout-rate Gamma, &gt; 0.</param>
    /// <param name="beta">Scale of the dropout-rate Gamma in the data's time unit, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number &gt; 0.</exception>
    public ParetoNbdModel(double r, double alpha, double s, double beta)
    {
        R = ClvMath.Positive(r, nameof(r));
        Alpha = ClvMath.Positive(alpha, nameof(alpha));
        S = ClvMath.Positive(s, nameof(s));
        Beta = ClvMath.Positive(beta, nameof(beta));
        Parameters = [new ClvParameter("r", R, null), new ClvParameter("alpha", Alpha, null), new ClvParameter("s", S, null), new ClvParameter("beta", Beta, null)];
    }

    /// <summary>Shape r of the purchase-rate Gamma.</summary>
    public double R { get; }

    /// <summary>Scale α of the purchase-rate Gamma, in the data's time unit.</summary>
    public double Alpha { get; }

    /// <summary>Shape s of the dropout-rate Gamma.</summary>
    public double S { get; }

    /// <summary>Scale β of the dropout-rate Gamma, in the data's time unit.</summary>
    public double Beta { get; }

    /// <inheritdoc />
    public string Name => ModelName;

    /// <inheritdoc />
    public IReadOnlyList<ClvParameter> Parameters { get; }

    /// <summary>Fits the model by maximum likelihood (log-space likelihood, BFGS with its analytic gradient, one start unless the options ask for more).</summary>
    /// <param name="customers">The summaries, in one time unit; identical rows are merged and weights honoured.</param>
    /// <param name="options">Fit options, or null for the defaults.</param>
    /// <returns>The fit with parameters r, alpha, s, beta; check <see cref="ClvModelFit.Converged"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    /// <exception cref="ArgumentException">No customers, or invalid options.</exception>
    public static ClvFit<ParetoNbdModel> Fit(IEnumerable<CustomerSummary> customers, ClvFitOptions? options = null)
    {
        var rows = FitInput.Once(customers, nameof(customers));
        var unique = SummaryRows.From(rows, nameof(customers));
        return new ClvFit<ParetoNbdModel>(MaximumLikelihood.Fit(new ParetoNbdLikelihood(unique), options)) { Data = ClvDataFingerprint.Of(rows, unique) };
    }

    /// <summary>Makes the model from a fit, by parameter name.</summary>
    /// <param name="fit">A "pareto-nbd" fit.</param>
    /// <param name="policy">Whether a fit that did not converge may be used (by default it is refused).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit is of another model, lacks a parameter, or did not converge under the policy.</exception>
    public static ParetoNbdModel FromFit(ClvModelFit fit, ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged) =>
        ClvModels.FromFit<ParetoNbdModel>(fit, ModelName, policy);

    /// <inheritdoc />
    public double LogLikelihood(double frequency, double recency, double age)
    {
        ClvMath.CheckCustomer(frequency, recency, age);
        return ParetoNbdLikelihood.Single(R, Alpha, S, Beta, frequency, recency, age);
    }

    /// <inheritdoc />
    public double ExpectedTransactions(double horizon)
    {
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        return R * Beta / Alpha * ClvMath.ParetoHorizonFactor(S, horizon / Beta);
    }

    /// <inheritdoc />
    public double ConditionalExpectedTransactions(double horizon, double frequency, double recency, double age)
    {
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        ClvMath.CheckCustomer(frequency, recency, age);
        return AliveCore(frequency, recency, age) * ExpectedIfAlive(horizon, frequency, age);
    }

    /// <inheritdoc />
    public void ConditionalExpectedTransactions(double horizon, ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        BatchGuard.SameLength(frequency, recency, age, destination);
        for (var i = 0; i < frequency.Length; i++)
        {
            ClvMath.CheckCustomer(frequency[i], recency[i], age[i]);
            destination[i] = AliveCore(frequency[i], recency[i], age[i]) * ExpectedIfAlive(horizon, frequency[i], age[i]);
        }
    }

    /// <inheritdoc />
    public double ProbabilityAlive(double frequency, double recency, double age)
    {
        ClvMath.CheckCustomer(frequency, recency, age);
        return AliveCore(frequency, recency, age);
    }

    /// <inheritdoc />
    public double ProbabilityAlive(double frequency, double recency, double age, double future)
    {
        ClvMath.CheckCustomer(frequency, recency, age);
        ClvMath.CheckHorizon(future, nameof(future));

        // Given alive at T the dropout rate is Gamma(s, β+T): surviving τ more has probability ((β+T)/(β+T+τ))^s.
        return AliveCore(frequency, recency, age) * Math.Exp(-S * ClvMath.Log1p(future / (Beta + age)));
    }

    /// <inheritdoc />
    public double ProbabilityOfTransactions(int n, double horizon)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        if (horizon == 0d)
        {
            return n == 0 ? 1d : 0d;
        }

        // Alive throughout (0, t]: NB(n; r, α/(α+t))·(β/(β+t))^s; or dropping out at y < t after n purchases in (0, y]:
        // ∫₀ᵗ s β^s (β+y)^−(s+1) · Γ(r+n)/(Γ(r) n!) α^r yⁿ (α+y)^−(r+n) dy, integrated numerically (tanh-sinh).
        var logCoefficient = SpecialFunctions.GammaLn(R + n) - SpecialFunctions.GammaLn(R) - SpecialFunctions.GammaLn(n + 1d);
        var alive = Math.Exp(logCoefficient + (R * Math.Log(Alpha / (Alpha + horizon))) + (n * Math.Log(horizon / (Alpha + horizon))) - (S * ClvMath.Log1p(horizon / Beta)));
        var logFront = logCoefficient + Math.Log(S) + (S * Math.Log(Beta)) + (R * Math.Log(Alpha));
        var died = Integrate.DoubleExponential(
            y => y <= 0d ? (n == 0 ? Math.Exp(logFront - ((S + 1d) * Math.Log(Beta)) - (R * Math.Log(Alpha))) : 0d)
                : Math.Exp(logFront - ((S + 1d) * Math.Log(Beta + y)) + (n * Math.Log(y)) - ((R + n) * Math.Log(Alpha + y))),
            0d,
            horizon,
            1e-10);
        return Math.Clamp(alive + died, 0d, 1d);
    }

    /// <inheritdoc />
    public double ConditionalProbabilityOfTransactions(int n, double horizon, double frequency, double recency, double age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        ClvMath.CheckCustomer(frequency, recency, age);

        // A customer dead at T buys nothing more; one alive at T has λ ~ Gamma(r+x, α+T) and μ ~ Gamma(s, β+T) and, both
        // processes being memoryless, starts afresh as a Pareto/NBD customer with those parameters.
        var alive = AliveCore(frequency, recency, age);
        var p = alive * new ParetoNbdModel(R + frequency, Alpha + age, S, Beta + age).ProbabilityOfTransactions(n, horizon);
        return Math.Clamp(n == 0 ? p + (1d - alive) : p, 0d, 1d);
    }

    /// <inheritdoc />
    public override string ToString() => $"{ModelName}(r={R:G6}, alpha={Alpha:G6}, s={S:G6}, beta={Beta:G6})";

    private double ExpectedIfAlive(double horizon, double frequency, double age) =>
        (R + frequency) * (Beta + age) / (Alpha + age) * ClvMath.ParetoHorizonFactor(S, horizon / (Beta + age));

    private double AliveCore(double frequency, double recency, double age)
    {
        if (recency < age && DegenerateMixing.IntegratePareto(Alpha, Beta, recency))
        {
            return ClvMath.InverseOnePlusExp(DegenerateMixing.ParetoLogOddsDead(R, Alpha, S, Beta, frequency, recency, age));
        }

        var logA0 = ParetoNbdLikelihood.LogA0(R, Alpha, S, Beta, frequency, recency, age);
        if (double.IsNegativeInfinity(logA0))
        {
            return 1d;
        }

        var logOdds = Math.Log(S) - Math.Log(R + S + frequency) + ((R + frequency) * Math.Log(Alpha + age)) + (S * Math.Log(Beta + age)) + logA0;
        return ClvMath.InverseOnePlusExp(logOdds);
    }
}
