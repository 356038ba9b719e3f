using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The beta-geometric/beta-binomial (BG/BB) model of repeat transactions at discrete opportunities: while alive, a
/// customer transacts at each opportunity with probability p ~ Beta(α, β) and, after each opportunity, drops out for good
/// with probability θ ~ Beta(γ, δ).
/// </summary>
/// <remarks>
/// Source: Fader, Hardie &amp; Shang (2010), "Customer-Base Analysis in a Discrete-Time Noncontractual Setting", Marketing
/// Science 29(6). Their donation data give α = 1.204, β = 0.750, γ = 0.657, δ = 2.783. Every quantity is computed in log
/// space with ln Γ and ln B, so customers with thousands of opportunities neither overflow nor underflow. Times are counted
/// in opportunities (the data's own unit). Instances are immutable and thread-safe.
/// </remarks>
public sealed class BgBbModel : IClvModel
{
    /// <summary>The model id used in fits and the CLI: "bg-bb".</summary>
    public const string ModelName = BgBbLikelihood.Name;

    /// <summary>Makes a model from its four parameters.</summary>
    /// <param name="alpha">α of the Beta distribution of the transaction probability p; finite and &gt; 0.</param>
    /// <param name="beta">β of the Beta distribution of p; finite and &gt; 0.</param>
    /// <param name="gamma">γ of the Beta distribution of the dropout probability θ; finite and &gt; 0.</param>
    /// <param name="delta">δ of the Beta distribution of θ; finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite or not &gt; 0.</exception>
    public BgBbModel(double alpha, double beta, double gamma, double delta)
    {
        DiscreteMath.CheckParameter(alpha, nameof(alpha));
        DiscreteMath.CheckParameter(beta, nameof(beta));
        DiscreteMath.CheckParameter(gamma, nameof(gamma));
        DiscreteMath.CheckParameter(delta, nameof(delta));
        Alpha = alpha;
        Beta = beta;
        Gamma = gamma;
        Delta = delta;
    }

    /// <inheritdoc />
    public string Name => ModelName;

    /// <inheritdoc />
    public IReadOnlyList<ClvParameter> Parameters => [new("alpha", Alpha, null), new("beta", Beta, null), new("gamma", Gamma, null), new("delta", Delta, null)];

    /// <summary>α of the Beta distribution of the transaction probability p.</summary>
    public double Alpha { get; }

    /// <summary>β of the Beta distribution of the transaction probability p.</summary>
    public double Beta { get; }

    /// <summary>γ of the Beta distribution of the dropout probability θ.</summary>
    public double Gamma { get; }

    /// <summary>δ of the Beta distribution of the dropout probability θ.</summary>
    public double Delta { get; }

    /// <summary>The log-likelihood of one customer's history (natural log; its weight is ignored).</summary>
    /// <param name="row">The customer's x, t_x and n.</param>
    /// <returns>ln L(α, β, γ, δ | x, t_x, n), a finite number ≤ 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <remarks>
    /// L = B(α+x, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ) + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α, β) · B(γ+1, δ+t_x+i)/B(γ, δ),
    /// summed with log-sum-exp (Fader, Hardie &amp; Shang 2010, eq. 5).
    /// </remarks>
    public double LogLikelihood(DiscreteSummary row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return LogLikelihood(row.Frequency, row.Recency, row.Periods);
    }

    /// <summary>The total log-likelihood of many rows, each counted <see cref="DiscreteSummary.Weight"/> times.</summary>
    /// <param name="rows">The rows (weighted unique histories or one row per customer).</param>
    /// <returns>Σ weight · ln L, a finite number ≤ 0 (0 for no rows).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or one of its rows is null.</exception>
    public double LogLikelihood(IEnumerable<DiscreteSummary> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var total = 0d;
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            total += row.Weight * LogLikelihood(row.Frequency, row.Recency, row.Periods);
        }

        return total;
    }

    /// <summary>The expected number of transactions of a new customer in the first n opportunities, E[X(n)].</summary>
    /// <param name="periods">The opportunities n, ≥ 0.</param>
    /// <returns>E[X(n)] = α/(α+β) · δ/(γ−1) · [1 − Γ(γ+δ)/Γ(1+δ) · Γ(1+δ+n)/Γ(γ+δ+n)], in [0, n] (γ = 1 by its limit).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is negative.</exception>
    public double ExpectedTransactions(int periods)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        if (periods == 0)
        {
            return 0d;
        }

        var log = Math.Log(Alpha / (Alpha + Beta)) + Math.Log(Delta)
            + DiscreteMath.LogScaledGammaRatioDifference(Gamma, Delta, 0d, periods);
        return Math.Min(Math.Exp(log), periods);
    }

    /// <summary>The probability that a new customer makes exactly x transactions in the first n opportunities, P(X(n) = x).</summary>
    /// <param name="count">The number of transactions x, ≥ 0.</param>
    /// <param name="periods">The opportunities n, ≥ 0.</param>
    /// <returns>A probability in [0, 1]; 0 when x &gt; n (Fader, Hardie &amp; Shang 2010, eq. 8).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="periods"/> is negative.</exception>
    public double ProbabilityOfTransactions(int count, int periods)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        if (count > periods)
        {
            return 0d;
        }

        var log = SpecialFunctions.BinomialLn(periods, count) + DiscreteMath.LogBetaRatio(Alpha, Beta, count, periods - count)
            + DiscreteMath.LogBetaRatio(Gamma, Delta, 0d, periods);
        for (var i = count; i < periods; i++)
        {
            log = DiscreteMath.LogAddExp(
                log,
                SpecialFunctions.BinomialLn(i, count) + DiscreteMath.LogBetaRatio(Alpha, Beta, count, i - count)
                    + DiscreteMath.LogBetaRatio(Gamma, Delta, 1d, i));
        }

        return Math.Clamp(Math.Exp(log), 0d, 1d);
    }

    /// <summary>
    /// The expected number of transactions of a customer with history (x, t_x, n) in the next n* opportunities,
    /// E[X(n, n+n*) | x, t_x, n].
    /// </summary>
    /// <param name="row">The customer's history.</param>
    /// <param name="futurePeriods">The opportunities n* ahead, ≥ 0.</param>
    /// <returns>The expectation, in [0, n*] (Fader, Hardie &amp; Shang 2010, eq. 13).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="futurePeriods"/> is negative.</exception>
    public double ConditionalExpectedTransactions(DiscreteSummary row, int futurePeriods)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentOutOfRangeException.ThrowIfNegative(futurePeriods);
        if (futurePeriods == 0)
        {
            return 0d;
        }

        int x = row.Frequency, n = row.Periods;
        var log = DiscreteMath.LogBetaRatio(Alpha, Beta, x + 1d, n - x)
            + Math.Log(Delta)
            + DiscreteMath.LogScaledGammaRatioDifference(Gamma, Delta, n, (double)n + futurePeriods)
            - LogLikelihood(x, row.Recency, n);
        return Math.Min(Math.Exp(log), futurePeriods);
    }

    /// <summary>The probability that a customer with history (x, t_x, n) is still alive at opportunity n + m.</summary>
    /// <param name="row">The customer's history.</param>
    /// <param name="periodsAhead">m ≥ 0; 1 by default, the paper's "alive in period n + 1" (able to transact at the next opportunity).</param>
    /// <returns>A probability in [0, 1] (Fader, Hardie &amp; Shang 2010, eq. 11, with n + m for n + 1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodsAhead"/> is negative.</exception>
    public double ProbabilityAlive(DiscreteSummary row, int periodsAhead = 1)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentOutOfRangeException.ThrowIfNegative(periodsAhead);
        int x = row.Frequency, n = row.Periods;
        var log = DiscreteMath.LogBetaRatio(Alpha, Beta, x, n - x)
            + DiscreteMath.LogBetaRatio(Gamma, Delta, 0d, n + (double)periodsAhead)
            - LogLikelihood(x, row.Recency, n);
        return Math.Clamp(Math.Exp(log), 0d, 1d);
    }

    /// <summary>
    /// The discounted expected residual transactions (DERT) of a customer with history (x, t_x, n): the expected number of
    /// all future transactions, the one at opportunity n + k discounted by (1 + d)^k.
    /// </summary>
    /// <param name="row">The customer's history.</param>
    /// <param name="discount">The discount rate d per opportunity (0.1 for 10 %); finite and &gt; 0, in practice ≥ 1e-6.</param>
    /// <returns>
    /// DERT = B(α+x+1, β+n−x)/B(α, β) · B(γ, δ+n+1)/(B(γ, δ)(1+d)) · ₂F₁(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / L
    /// (Fader, Hardie &amp; Shang 2010, eq. 14); multiply by the margin per transaction for a residual value.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discount"/> is not finite, not &gt; 0, or too small for the series to converge.</exception>
    public double DiscountedExpectedResidualTransactions(DiscreteSummary row, double discount)
    {
        ArgumentNullException.ThrowIfNull(row);
        DiscreteMath.CheckDiscount(discount, nameof(discount));
        int x = row.Frequency, n = row.Periods;
        var z = 1d / (1d + discount);
        var series = DiscreteMath.OneHypergeometric(Delta + n + 1d, Gamma + Delta + n + 1d, z, nameof(discount));
        var log = DiscreteMath.LogBetaRatio(Alpha, Beta, x + 1d, n - x)
            + DiscreteMath.LogBetaRatio(Gamma, Delta, 0d, n + 1d)
            + Math.Log(z) + Math.Log(series)
            - LogLikelihood(x, row.Recency, n);
        return Math.Exp(log);
    }

    /// <summary>
    /// Fits the model to weighted (x, t_x, n) rows by maximum likelihood (BFGS on the log-parameters with the analytic
    /// gradient, standard errors from the Hessian). Weighted unique rows and one row per customer give the same fit.
    /// </summary>
    /// <param name="rows">The histories; at least one.</param>
    /// <param name="options">Fit options, or null for the defaults.</param>
    /// <returns>
    /// The fit named "bg-bb" with parameters alpha, beta, gamma, delta; check <see cref="ClvModelFit.Converged"/> before
    /// use, then make a model with <see cref="FromFit"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">There are no rows, or the options are invalid.</exception>
    public static ClvFit<BgBbModel> Fit(IEnumerable<DiscreteSummary> rows, ClvFitOptions? options = null)
    {
        var once = FitInput.Once(rows, nameof(rows));
        return new ClvFit<BgBbModel>(MaximumLikelihood.Fit(new BgBbLikelihood(once), options)) { Data = ClvDataFingerprint.Of(once) };
    }

    /// <summary>Makes the model from a fit, by parameter name.</summary>
    /// <param name="fit">A "bg-bb" fit.</param>
    /// <param name="policy">Whether a fit that did not converge may be used (by default it is refused).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit is of another model, lacks a parameter, or did not converge under the policy.</exception>
    public static BgBbModel FromFit(ClvModelFit fit, ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged) =>
        ClvModels.FromFit<BgBbModel>(fit, ModelName, policy);

    private double LogLikelihood(int x, int recency, int n) =>
        BgBbLikelihood.RowLogLikelihood(Alpha, Beta, Gamma, Delta, x, recency, n);
}
