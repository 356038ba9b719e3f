namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// Fits the continuous-time models (BG/NBD, MBG/NBD, Pareto/NBD) and the Gamma-Gamma spend model with one validated set
/// of <see cref="ClvFitOptions"/>: the service that <c>AddCustomerLifecycleClv</c> registers, equally usable with
/// <c>new</c>. Immutable and thread-safe.
/// </summary>
public sealed class ContinuousModelFitter
{
    private readonly ClvFitOptions _options;

    /// <summary>Makes a fitter.</summary>
    /// <param name="options">The fit options, or null for the defaults; copied after validation.</param>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every failure).</exception>
    public ContinuousModelFitter(ClvFitOptions? options = null)
    {
        _options = OptionsGuard.Valid<ClvFitOptions, ClvFitOptionsValidator>(options ?? new ClvFitOptions(), nameof(options)) with { };
    }

    /// <summary>Fits BG/NBD; see <see cref="BgNbdModel.Fit"/>.</summary>
    /// <param name="customers">The summaries, in one time unit.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    /// <exception cref="ArgumentException">There are no customers.</exception>
    public ClvFit<BgNbdModel> FitBgNbd(IEnumerable<CustomerSummary> customers) => BgNbdModel.Fit(customers, _options);

    /// <summary>Fits MBG/NBD; see <see cref="MbgNbdModel.Fit"/>.</summary>
    /// <param name="customers">The summaries, in one time unit.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    /// <exception cref="ArgumentException">There are no customers.</exception>
    public ClvFit<MbgNbdModel> FitMbgNbd(IEnumerable<CustomerSummary> customers) => MbgNbdModel.Fit(customers, _options);

    /// <summary>Fits Pareto/NBD; see <see cref="ParetoNbdModel.Fit"/>.</summary>
    /// <param name="customers">The summaries, in one time unit.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    /// <exception cref="ArgumentException">There are no customers.</exception>
    public ClvFit<ParetoNbdModel> FitParetoNbd(IEnumerable<CustomerSummary> customers) => ParetoNbdModel.Fit(customers, _options);

    /// <summary>Fits Gamma-Gamma on the eligible repeat buyers; see <see cref="GammaGammaModel.Fit"/>.</summary>
    /// <param name="customers">The summaries.</param>
    /// <returns>The fit, with the excluded customers listed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    /// <exception cref="ArgumentException">No repeat buyer has a positive mean spend.</exception>
    public ClvFit<GammaGammaModel> FitGammaGamma(IEnumerable<CustomerSummary> customers) => GammaGammaModel.Fit(customers, _options);
}
