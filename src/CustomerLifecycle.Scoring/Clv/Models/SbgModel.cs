namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The shifted-beta-geometric (sBG) model of contractual retention: each customer churns at the end of every period with a
/// constant probability θ, and θ ~ Beta(α, β) across the cohort, so the cohort's retention rate rises over time.
/// </summary>
/// <remarks>
/// Source: Fader &amp; Hardie (2007), "How to Project Customer Retention", Journal of Interactive Marketing 21(1), and for
/// the discounted lifetimes Fader &amp; Hardie (2010), "Customer-Base Valuation in a Contractual Setting", Marketing Science
/// 29(1). The churn time T (the period in which a customer is lost, T ≥ 1) has P(T = t) = B(α+1, β+t−1)/B(α, β) and survival
/// S(t) = P(T &gt; t) = B(α, β+t)/B(α, β). Times are counted in contract periods (the data's own unit). Computed in log
/// space. Instances are immutable and thread-safe.
/// </remarks>
public sealed class SbgModel : IClvModel
{
    /// <summary>The model id used in fits and the CLI: "sbg".</summary>
    public const string ModelName = SbgLikelihood.Name;

    /// <summary>Makes a model from its two parameters.</summary>
    /// <param name="alpha">α of the Beta distribution of the churn probability θ; finite and &gt; 0.</param>
    /// <param name="beta">β of the Beta distribution of θ; finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite or not &gt; 0.</exception>
    public SbgModel(double alpha, double beta)
    {
        DiscreteMath.CheckParameter(alpha, nameof(alpha));
        DiscreteMath.CheckParameter(beta, nameof(beta));
        Alpha = alpha;
        Beta = beta;
    }

    /// <inheritdoc />
    public string Name => ModelName;

    /// <inheritdoc />
    public IReadOnlyList<ClvParameter> Parameters => [new("alpha", Alpha, null), new("beta", Beta, null)];

    /// <summary>α of the Beta distribution of the churn probability θ.</summary>
    public double Alpha { get; }

    /// <summary>β of the Beta distribution of the churn probability θ.</summary>
    public double Beta { get; }

    /// <summary>
    /// The expected lifetime E[T] in periods (counting the first, paid-up period) of a new customer: (α+β−1)/(α−1) when
    /// α &gt; 1, and <see cref="double.PositiveInfinity"/> when α ≤ 1 (the mean of that heavy-tailed distribution is infinite;
    /// use <see cref="DiscountedExpectedLifetime"/> or <see cref="Survival"/> instead).
    /// </summary>
    public double ExpectedLifetime => Alpha > 1d ? (Alpha + Beta - 1d) / (Alpha - 1d) : double.PositiveInfinity;

    /// <summary>The probability that a new customer is still a customer after t periods, S(t) = B(α, β+t)/B(α, β).</summary>
    /// <param name="period">t ≥ 0 (S(0) = 1).</param>
    /// <returns>A probability in (0, 1], non-increasing in t.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is negative.</exception>
    public double Survival(int period)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(period);
        return Math.Min(1d, Math.Exp(LogSurvival(period)));
    }

    /// <summary>The probability that a new customer churns in period t, P(T = t) = B(α+1, β+t−1)/B(α, β).</summary>
    /// <param name="period">t ≥ 1.</param>
    /// <returns>A probability in (0, 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public double ProbabilityOfChurn(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        return Math.Min(1d, Math.Exp(LogChurn(period)));
    }

    /// <summary>The retention rate of period t, r(t) = S(t)/S(t−1) = (β+t−1)/(α+β+t−1): the share of period t−1's survivors who renew.</summary>
    /// <param name="period">t ≥ 1.</param>
    /// <returns>A rate in (0, 1), increasing in t.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public double Retention(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        return (Beta + period - 1d) / (Alpha + Beta + period - 1d);
    }

    /// <summary>The expected survivors of a cohort at the start of periods 0..n: size · S(t) (the retention projection).</summary>
    /// <param name="cohortSize">The cohort size, finite and ≥ 0.</param>
    /// <param name="periods">The last period n, ≥ 0.</param>
    /// <returns>n + 1 expected counts, the first equal to the cohort size.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohortSize"/> is negative or not finite, or <paramref name="periods"/> is negative.</exception>
    public double[] ExpectedSurvivors(double cohortSize, int periods)
    {
        if (!double.IsFinite(cohortSize) || cohortSize < 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(cohortSize), cohortSize, "The cohort size must be a finite number ≥ 0.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        var result = new double[periods + 1];
        var survival = 1d;
        result[0] = cohortSize;
        for (var t = 1; t <= periods; t++)
        {
            survival *= Retention(t);
            result[t] = cohortSize * survival;
        }

        return result;
    }

    /// <summary>
    /// The log-likelihood of a cohort's survivor counts: those lost in period t contribute ln P(T = t), those alive in the
    /// last period n contribute ln S(n) (right-censored).
    /// </summary>
    /// <param name="cohort">The survivor counts.</param>
    /// <returns>A finite number ≤ 0, in the counts' own scale (a cohort of 1000 customers).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null.</exception>
    public double LogLikelihood(CohortSurvivors cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return new SbgLikelihood([cohort]).LogLikelihood([Alpha, Beta], []);
    }

    /// <summary>
    /// The discounted expected lifetime (DEL) of a new customer, in periods: Σ_{t≥0} S(t)/(1+d)^t = ₂F₁(1, β; α+β; 1/(1+d)),
    /// the first period counted undiscounted. Multiply by the margin per period for the expected CLV of a new customer.
    /// </summary>
    /// <param name="discount">The discount rate d per period (0.1 for 10 %); finite and &gt; 0, in practice ≥ 1e-6.</param>
    /// <returns>A number ≥ 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discount"/> is not finite, not &gt; 0, or too small for the series to converge.</exception>
    public double DiscountedExpectedLifetime(double discount)
    {
        DiscreteMath.CheckDiscount(discount, nameof(discount));
        return DiscreteMath.OneHypergeometric(Beta, Alpha + Beta, 1d / (1d + discount), nameof(discount));
    }

    /// <summary>
    /// The discounted expected residual lifetime (DERL) of a customer who has made n renewals, valued just before the
    /// (n+1)-th renewal decision: Σ_{k≥1} P(T &gt; n+k | T &gt; n)/(1+d)^{k−1} = (β+n)/(α+β+n) · ₂F₁(1, β+n+1; α+β+n+1; 1/(1+d)).
    /// </summary>
    /// <param name="discount">The discount rate d per period (0.1 for 10 %); finite and &gt; 0, in practice ≥ 1e-6.</param>
    /// <param name="renewals">The renewals n made so far, ≥ 0 (a customer in period n).</param>
    /// <returns>A number ≥ 0 of discounted periods; times the margin per period, the customer's residual value (Fader &amp; Hardie 2010, eq. 6).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discount"/> is not finite, not &gt; 0 or too small, or <paramref name="renewals"/> is negative.</exception>
    public double DiscountedExpectedResidualLifetime(double discount, int renewals)
    {
        DiscreteMath.CheckDiscount(discount, nameof(discount));
        ArgumentOutOfRangeException.ThrowIfNegative(renewals);
        var b = Beta + renewals;
        var series = DiscreteMath.OneHypergeometric(b + 1d, Alpha + b + 1d, 1d / (1d + discount), nameof(discount));
        return b / (Alpha + b) * series;
    }

    /// <summary>
    /// Fits the model to one or more cohorts' survivor counts by maximum likelihood (BFGS on the log-parameters with the
    /// analytic gradient, standard errors from the Hessian); several cohorts share one (α, β).
    /// </summary>
    /// <param name="cohorts">The cohorts; at least one.</param>
    /// <param name="options">Fit options, or null for the defaults.</param>
    /// <returns>
    /// The fit named "sbg" with parameters alpha and beta (rows = survivor counts, customers = cohort sizes); check
    /// <see cref="ClvModelFit.Converged"/> before use, then make a model with <see cref="FromFit"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohorts"/> or a cohort is null.</exception>
    /// <exception cref="ArgumentException">There is no cohort, or the options are invalid.</exception>
    public static ClvFit<SbgModel> Fit(IEnumerable<CohortSurvivors> cohorts, ClvFitOptions? options = null) =>
        new(MaximumLikelihood.Fit(new SbgLikelihood(cohorts), options));

    /// <summary>Makes the model from a fit, by parameter name.</summary>
    /// <param name="fit">A "sbg" fit.</param>
    /// <param name="policy">Whether a fit that did not converge may be used (by default it is refused).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit is of another model, lacks a parameter, or did not converge under the policy.</exception>
    public static SbgModel FromFit(ClvModelFit fit, ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged) =>
        ClvModels.FromFit<SbgModel>(fit, ModelName, policy);

    private double LogSurvival(int period) => DiscreteMath.LogBetaRatio(Alpha, Beta, 0d, period);

    private double LogChurn(int period) => DiscreteMath.LogBetaRatio(Alpha, Beta, 1d, period - 1d);
}
