namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007): as BG/NBD, but the customer may also drop out right after
/// the first purchase (time 0), so a customer without repeat purchases need not be alive.
/// </summary>
/// <example>
/// <code>
/// var fit = MbgNbdModel.Fit(summaries);            // CDNOW in weeks: r 0.525, α 6.183, a 0.891, b 1.614
/// var model = MbgNbdModel.FromFit(fit);
/// var pAlive = model.ProbabilityAlive(x: 0, tx: 0, T: 38.86);
/// </code>
/// </example>
public sealed class MbgNbdModel : BgNbdFamilyModel
{
    /// <summary>The model name used in fits and the CLI: "mbg-nbd".</summary>
    public const string ModelName = "mbg-nbd";

    /// <summary>Makes the model from known parameters.</summary>
    /// <param name="r">Shape of the purchase-rate Gamma, &gt; 0.</param>
    /// <param name="alpha">Scale of the purchase-rate Gamma in the data's time unit, &gt; 0.</param>
    /// <param name="a">First dropout Beta shape, &gt; 0.</param>
    /// <param name="b">Second dropout Beta shape, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number &gt; 0.</exception>
    public MbgNbdModel(double r, double alpha, double a, double b)
        : base(r, alpha, a, b, modified: true)
    {
    }

    /// <inheritdoc />
    public override string Name => ModelName;

    /// <summary>Fits the model by maximum likelihood (log-space likelihood, analytic gradient, BFGS).</summary>
    /// <param name="customers">The summaries, in one time unit; identical rows are merged and weights honoured.</param>
    /// <param name="options">Fit options, or null for the defaults.</param>
    /// <returns>The fit with parameters r, alpha, a, b; check <see cref="ClvModelFit.Converged"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    /// <exception cref="ArgumentException">No customers, or invalid options.</exception>
    public static ClvFit<MbgNbdModel> Fit(IEnumerable<CustomerSummary> customers, ClvFitOptions? options = null) =>
        FitFamily<MbgNbdModel>(customers, modified: true, options);

    /// <summary>Makes the model from a fit, by parameter name.</summary>
    /// <param name="fit">A "mbg-nbd" fit.</param>
    /// <param name="policy">Whether a fit that did not converge may be used (by default it is refused).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit is of another model, lacks a parameter, or did not converge under the policy.</exception>
    public static MbgNbdModel FromFit(ClvModelFit fit, ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged) =>
        ClvModels.FromFit<MbgNbdModel>(fit, ModelName, policy);
}
