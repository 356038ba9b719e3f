namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// Fits the discrete-time models (BG/BB and sBG) with one validated set of <see cref="ClvFitOptions"/>: the service that
/// <c>AddCustomerLifecycleClv</c> registers, equally usable with <c>new</c>. Immutable and thread-safe.
/// </summary>
public sealed class DiscreteModelFitter
{
    private readonly ClvFitOptions _options;

    /// <summary>Makes a fitter.</summary>
    /// <param name="options">The fit options, or null for the defaults; copied after validation.</param>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every failure).</exception>
    public DiscreteModelFitter(ClvFitOptions? options = null)
    {
        _options = OptionsGuard.Valid<ClvFitOptions, ClvFitOptionsValidator>(options ?? new ClvFitOptions(), nameof(options)) with { };
    }

    /// <summary>Fits BG/BB to weighted (x, t_x, n) rows; see <see cref="BgBbModel.Fit"/>.</summary>
    /// <param name="rows">The histories; at least one.</param>
    /// <returns>The fit named "bg-bb".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">There are no rows.</exception>
    public ClvFit<BgBbModel> FitBgBb(IEnumerable<DiscreteSummary> rows) => BgBbModel.Fit(rows, _options);

    /// <summary>Fits sBG to cohorts' survivor counts; see <see cref="SbgModel.Fit"/>.</summary>
    /// <param name="cohorts">The cohorts; at least one.</param>
    /// <returns>The fit named "sbg".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohorts"/> or a cohort is null.</exception>
    /// <exception cref="ArgumentException">There is no cohort.</exception>
    public ClvFit<SbgModel> FitSbg(IEnumerable<CohortSurvivors> cohorts) => SbgModel.Fit(cohorts, _options);
}
