namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"): purchases at rate
/// λ ~ Gamma(r, α) while alive; after each repeat purchase the customer drops out with probability p ~ Beta(a, b).
/// </summary>
/// <example>
/// <code>
/// var fit = BgNbdModel.Fit(summaries);            // CDNOW in weeks: r 0.243, α 4.414, a 0.793, b 2.426
/// var model = BgNbdModel.FromFit(fit);
/// var next39Weeks = model.ConditionalExpectedTransactions(39, frequency: 2, recency: 30.43, age: 38.86);   // ≈ 1.226
/// </code>
/// </example>
public sealed class BgNbdModel : BgNbdFamilyModel
{
    /// <summary>The model name used in fits and the CLI: "bg-nbd".</summary>
    public const string ModelName = "bg-nbd";

    /// <summary>Makes the model from known parameters.</summary>
    /// <param name="r">Shape of the purchase-rate Gamma, &gt; 0.</param>
    /// <param name="alpha">Scale of the purchase-rate Gamma in the data's time unit, &gt; 0.</param>
    /// <param name="a">First dropout Beta shape, &gt; 0.</param>
    /// <param name="b">Second dropout Beta shape, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number &gt; 0.</exception>
    public BgNbdModel(double r, double alpha, double a, double b)
        : base(r, alpha, a, b, modified: false)
    {
    }

    /// <inheritdoc />
    public override string Name => ModelName;

    /// <summary>Fits the model by maximum likelihood (Hardie's note 027 log-likelihood, analytic gradient, BFGS).</summary>
    /// <param name="customers">The summaries, in one time unit; identical rows are merged and weights honoured.</param>
    /// <param name="options">Fit options, or null for the defaults.</param>
    /// <returns>The fit with parameters r, alpha, a, b; check <see cref="ClvModelFit.Converged"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    /// <exception cref="ArgumentException">No customers, or invalid options.</exception>
    public static ClvFit<BgNbdModel> Fit(IEnumerable<CustomerSummary> customers, ClvFitOptions? options = null) =>
        FitFamily<BgNbdModel>(customers, modified: false, options);

    /// <summary>Makes the model from a fit, by parameter name.</summary>
    /// <param name="fit">A "bg-nbd" fit.</param>
    /// <param name="policy">Whether a fit that did not converge may be used (by default it is refused).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit is of another model, lacks a parameter, or did not converge under the policy.</exception>
    public static BgNbdModel FromFit(ClvModelFit fit, ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged) =>
        ClvModels.FromFit<BgNbdModel>(fit, ModelName, policy);
}
