using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>
/// Fits Pareto/NBD, BG/NBD and BG/BB with time-invariant customer covariates, and sBG with a covariate vector per cohort
/// (exponential links, equality constraints, L2 penalties), by maximum likelihood on weighted unique rows with their
/// covariate vector: the service that
/// <c>AddCustomerLifecycleClv</c> registers, equally usable with <c>new</c>. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Links (a positive coefficient raises its process's rate): Pareto/NBD α_i = α·exp(−γ_trans·x_i),
/// β_i = β·exp(−γ_life·x_i); BG/NBD α_i = α·exp(−γ_trans·x_i), a_i = a·exp(γ_life·x_i), b_i = b·exp(γ_life·x_i);
/// BG/BB α_i = α·exp(γ_trans·x_i), γ_i = γ·exp(γ_life·x_i); sBG α_i = α·exp(γ_life·x_i). A
/// constrained covariate enters both processes with one coefficient. The cost grows with the number of distinct covariate
/// vectors: customers sharing one (binary or categorical covariates) share the plain model's caching.
/// </remarks>
public sealed partial class ClvCovariateFitter
{
    private static readonly CovariateLink[] ParetoLinks = [CovariateLink.Fixed, CovariateLink.Transaction(-1d), CovariateLink.Fixed, CovariateLink.Life(-1d)];
    private static readonly CovariateLink[] BgNbdLinks = [CovariateLink.Fixed, CovariateLink.Transaction(-1d), CovariateLink.Life(1d), CovariateLink.Life(1d)];

    /// <summary>Fits Pareto/NBD with covariates.</summary>
    /// <param name="customers">The customers with their covariate values, in one time unit.</param>
    /// <param name="options">Which covariates enter which process, the penalties and the optimiser options.</param>
    /// <returns>The fit: r, alpha, s, beta, then the coefficients; check <see cref="ClvModelFit.Converged"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is or contains null.</exception>
    /// <exception cref="ArgumentException">No customers, a customer with the wrong number of values, or invalid options.</exception>
    public ClvCovariateFit FitParetoNbd(IEnumerable<CovariateCustomer> customers, ClvCovariateOptions options) =>
        Fit(customers, options, ParetoNbdModel.ModelName, ParetoLinks, rows => new ParetoNbdLikelihood(rows));

    /// <summary>Fits BG/NBD with covariates.</summary>
    /// <param name="customers">The customers with their covariate values, in one time unit.</param>
    /// <param name="options">Which covariates enter which process, the penalties and the optimiser options.</param>
    /// <returns>The fit: r, alpha, a, b, then the coefficients; check <see cref="ClvModelFit.Converged"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is or contains null.</exception>
    /// <exception cref="ArgumentException">No customers, a customer with the wrong number of values, or invalid options.</exception>
    public ClvCovariateFit FitBgNbd(IEnumerable<CovariateCustomer> customers, ClvCovariateOptions options) =>
        Fit(customers, options, BgNbdModel.ModelName, BgNbdLinks, rows => new BgNbdFamilyLikelihood(rows, modified: false));

    private static ClvCovariateFit Fit(
        IEnumerable<CovariateCustomer> customers,
        ClvCovariateOptions options,
        string model,
        CovariateLink[] links,
        Func<SummaryRows, IWeightedLogLikelihood> likelihood)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var rows = FitInput.Once(customers, nameof(customers));
        return Fit(
            new CovariateFitInput<CovariateCustomer, CustomerSummary>(rows, c => c.Values, c => c.Summary, nameof(customers), "Customer"),
            options,
            model,
            links,
            summaries => likelihood(SummaryRows.From(summaries, nameof(customers))),
            summaries => ClvDataFingerprint.Of(summaries));
    }

    /// <summary>The fit shared by every model: validate, group by covariate vector, fit from the pooled plain model.</summary>
    private static ClvCovariateFit Fit<TMember, TRow>(
        CovariateFitInput<TMember, TRow> input,
        ClvCovariateOptions options,
        string model,
        CovariateLink[] links,
        Func<IEnumerable<TRow>, IWeightedLogLikelihood> likelihood,
        Func<IEnumerable<TRow>, ClvDataFingerprint?> fingerprint)
    {
        options = OptionsGuard.Valid<ClvCovariateOptions, ClvCovariateOptionsValidator>(options, nameof(options)) with { };
        var design = new CovariateDesign(ClvModels.ParameterNames(model), links, options);
        var groups = CovariateGroups.Of(input.Members, input.Values, input.Row, design, input.ParamName, input.Noun);
        var covariate = new CovariateLikelihood(
            design,
            groups.Select(g => likelihood(g.Rows)).ToArray(),
            groups.Select(g => g.Values).ToArray());
        var all = input.Members.Select(input.Row).ToArray();
        var pooled = likelihood(all);
        var (fit, penalty) = CovariateMaximumLikelihood.Fit(covariate, pooled, options);
        return new ClvCovariateFit(fit, design, penalty) { Data = fingerprint(all) };
    }
}

/// <summary>The members of a covariate fit and how to read each one's covariate values and base-model row.</summary>
internal sealed record CovariateFitInput<TMember, TRow>(
    IReadOnlyCollection<TMember> Members,
    Func<TMember, IReadOnlyList<double>> Values,
    Func<TMember, TRow> Row,
    string ParamName,
    string Noun);
