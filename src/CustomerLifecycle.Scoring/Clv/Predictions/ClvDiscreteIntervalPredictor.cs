using System.Globalization;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>
/// Parameter-uncertainty intervals for the discrete models: BG/BB per customer (expected transactions in the next n*
/// opportunities, P(alive), DERT) and sBG per period (survival, retention, DERL). The log-parameters are drawn from
/// their asymptotic normal N(ln θ̂, H⁻¹) (<see cref="ClvModelFit.LogParameterCovariance"/>), each draw's predictions are
/// computed, and each interval is the central <see cref="ClvIntervalOptions.Level"/> share of them, widened where needed
/// to contain the point estimate. Stateless and thread-safe; the service that <c>AddCustomerLifecycleClv</c> registers.
/// </summary>
/// <remarks>
/// Only <see cref="ClvIntervalMethod.AsymptoticNormal"/> is offered here: a bootstrap of a single sBG cohort (two
/// parameters, one survivor curve) or of BG/BB's few distinct rows adds little to the normal draws.
/// </remarks>
public sealed class ClvDiscreteIntervalPredictor
{
    /// <summary>BG/BB intervals for every row, in input order.</summary>
    /// <param name="fit">The "bg-bb" fit with its covariance.</param>
    /// <param name="rows">The customers' (x, t_x, n) histories.</param>
    /// <param name="horizon">The opportunities n* ahead, ≥ 0.</param>
    /// <param name="discount">The discount rate per opportunity for DERT, or null for none.</param>
    /// <param name="options">Level, draws and seed, or null for 0.9, 2,000 and 1; the method must be the asymptotic normal.</param>
    /// <returns>The intervals and the method in words.</returns>
    /// <exception cref="ArgumentNullException">A required argument is or contains null.</exception>
    /// <exception cref="ArgumentException">The fit is not bg-bb or has no covariance, or the options are invalid or ask for the bootstrap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or the discount rate is invalid.</exception>
    public ClvIntervalSet<ClvDiscreteInterval> PredictBgBb(ClvModelFit fit, IEnumerable<DiscreteSummary> rows, int horizon, double? discount, ClvIntervalOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        options = Valid(options);
        var point = ClvModels.FromFit(fit, ClvConvergencePolicy.AllowUnconverged) as BgBbModel
            ?? throw new ArgumentException($"BG/BB intervals need a bg-bb fit; got {fit.Model}.", nameof(fit));
        var list = rows.ToArray();
        if (discount is { } rate)
        {
            DiscreteMath.CheckDiscount(rate, nameof(discount));
        }

        var models = ParameterDraws.Draw(fit, options.Draws, new Random(options.Seed), nameof(fit)).Cast<BgBbModel>().ToArray();
        var buffer = new double[models.Length];
        var cache = new Dictionary<(int X, int Tx, int N), ClvDiscreteInterval>();
        var intervals = new ClvDiscreteInterval[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            var row = list[i] ?? throw new ArgumentNullException(nameof(rows), "A row is null.");
            var key = (row.Frequency, row.Recency, row.Periods);
            if (!cache.TryGetValue(key, out var interval))
            {
                interval = new ClvDiscreteInterval(
                    Around(models, m => m.ConditionalExpectedTransactions(row, horizon), point, buffer, options.Level),
                    Around(models, m => m.ProbabilityAlive(row), point, buffer, options.Level),
                    discount is { } d ? Around(models, m => m.DiscountedExpectedResidualTransactions(row, d), point, buffer, options.Level) : null);
                cache[key] = interval;
            }

            intervals[i] = interval;
        }

        return new ClvIntervalSet<ClvDiscreteInterval>(Describe(options), options.Level, options.Draws, options.Seed, intervals);
    }

    /// <summary>sBG intervals for periods 0 to <paramref name="periods"/>.</summary>
    /// <param name="fit">The "sbg" fit with its covariance.</param>
    /// <param name="periods">The last period, ≥ 0.</param>
    /// <param name="discount">The discount rate per period for DERL, or null for none.</param>
    /// <param name="options">Level, draws and seed, or null for 0.9, 2,000 and 1; the method must be the asymptotic normal.</param>
    /// <returns>One entry per period and the method in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit is not sbg or has no covariance, or the options are invalid or ask for the bootstrap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The periods or the discount rate are invalid.</exception>
    public ClvIntervalSet<ClvCohortInterval> PredictSbg(ClvModelFit fit, int periods, double? discount, ClvIntervalOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        options = Valid(options);
        var point = ClvModels.FromFit(fit, ClvConvergencePolicy.AllowUnconverged) as SbgModel
            ?? throw new ArgumentException($"sBG intervals need an sbg fit; got {fit.Model}.", nameof(fit));
        if (discount is { } rate)
        {
            DiscreteMath.CheckDiscount(rate, nameof(discount));
        }

        var models = ParameterDraws.Draw(fit, options.Draws, new Random(options.Seed), nameof(fit)).Cast<SbgModel>().ToArray();
        var buffer = new double[models.Length];
        var intervals = new ClvCohortInterval[periods + 1];
        for (var t = 0; t <= periods; t++)
        {
            var period = t;
            intervals[t] = new ClvCohortInterval(
                t,
                Around(models, m => m.Survival(period), point, buffer, options.Level),
                t == 0 ? null : Around(models, m => m.Retention(period), point, buffer, options.Level),
                discount is { } d ? Around(models, m => m.DiscountedExpectedResidualLifetime(d, period), point, buffer, options.Level) : null);
        }

        return new ClvIntervalSet<ClvCohortInterval>(Describe(options), options.Level, options.Draws, options.Seed, intervals);
    }

    private static ClvIntervalOptions Valid(ClvIntervalOptions? options)
    {
        options = OptionsGuard.Valid<ClvIntervalOptions, ClvIntervalOptionsValidator>(options ?? new ClvIntervalOptions(), nameof(options));
        return options.Method == ClvIntervalMethod.AsymptoticNormal
            ? options
            : throw new ArgumentException("The discrete models' intervals come from the asymptotic normal only; the parametric bootstrap is for bg-nbd, mbg-nbd and pareto-nbd.", nameof(options));
    }

    private static ClvInterval Around<TModel>(TModel[] models, Func<TModel, double> quantity, TModel point, double[] buffer, double level)
    {
        for (var d = 0; d < models.Length; d++)
        {
            buffer[d] = quantity(models[d]);
        }

        return DrawQuantiles.Around(buffer, quantity(point), level);
    }

    private static string Describe(ClvIntervalOptions options) => string.Create(
        CultureInfo.InvariantCulture,
        $"{options.Draws} draws from the asymptotic normal of the log-parameters (inverse Hessian at the optimum), seed {options.Seed}; central {options.Level:P0} of the draws, widened to contain the estimate");
}
