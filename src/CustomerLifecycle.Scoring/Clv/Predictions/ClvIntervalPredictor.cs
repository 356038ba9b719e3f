using System.Globalization;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>
/// Intervals for the per-customer predictions of <see cref="ClvPredictor"/> — E[Y(t)], P(alive), expected spend and value —
/// that reflect the uncertainty of the fitted parameters: the log-parameters are drawn from their asymptotic normal
/// distribution N(ln θ̂, H⁻¹) (H the Hessian of the negative log-likelihood at the optimum, see
/// <see cref="ClvModelFit.LogParameterCovariance"/>), each draw's predictions are computed, and the interval is the
/// central <see cref="ClvIntervalOptions.Level"/> share of them. The transaction and spend fits are drawn independently.
/// With <see cref="ClvIntervalMethod.ParametricBootstrap"/> the parameter sets come instead from refits of histories
/// simulated from the fitted model for the same customers' observation lengths (see <see cref="ClvIntervalMethod"/>).
/// Stateless and thread-safe; the service that <c>AddCustomerLifecycleClv</c> registers.
/// </summary>
/// <remarks>
/// Each interval is widened, where needed, to contain the point estimate (a percentile interval of a strongly non-linear
/// quantity can miss it), so Low ≤ estimate ≤ High always holds. Identical customers are computed once per draw, in
/// blocks of unique rows, so memory stays at block × draws numbers. With more customers the Hessian grows and the
/// intervals narrow. A draw whose spend model has an infinite mean (q ≤ 1) gives an upper end of +∞.
/// </remarks>
public sealed class ClvIntervalPredictor
{
    /// <summary>The fewest converged bootstrap replicates an interval is made from.</summary>
    public const int MinimumReplicates = 10;

    private const int Block = 256;

    /// <summary>Intervals for every customer, in input order.</summary>
    /// <param name="transactions">The transaction-model fit (BG/NBD, MBG/NBD or Pareto/NBD), with its covariance for the asymptotic normal (the bootstrap needs none).</param>
    /// <param name="spend">The Gamma-Gamma fit (with its covariance for the asymptotic normal), or null for purchases and P(alive) only.</param>
    /// <param name="customers">
    /// The summaries, in the transaction model's time unit; the bootstrap re-simulates exactly these customers, so for it
    /// pass the customers the fits were made on (a whole weight w counts as w customers).
    /// </param>
    /// <param name="horizon">The horizon after each customer's age, ≥ 0 (a whole number of periods when discounting).</param>
    /// <param name="discountRatePerPeriod">The discount rate per period, or null for the undiscounted value.</param>
    /// <param name="options">Level, method, draws or replicates and seed, or null for 0.9, the asymptotic normal, 2,000 draws and seed 1.</param>
    /// <returns>The intervals, the method in words and, for the bootstrap, the replicates that did not converge.</returns>
    /// <exception cref="ArgumentNullException">A required argument is or contains null.</exception>
    /// <exception cref="ArgumentException">A fit has no covariance (its reason is quoted), is not of a usable model, or the options are invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon, the discount rate or a customer is invalid.</exception>
    /// <exception cref="InvalidOperationException">Fewer than <see cref="MinimumReplicates"/> bootstrap replicates converged.</exception>
    public ClvIntervalReport Predict(
        ClvModelFit transactions,
        ClvModelFit? spend,
        IEnumerable<CustomerSummary> customers,
        double horizon,
        double? discountRatePerPeriod,
        ClvIntervalOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(customers);
        options = OptionsGuard.Valid<ClvIntervalOptions, ClvIntervalOptionsValidator>(options ?? new ClvIntervalOptions(), nameof(options));
        var steps = ClvPredictor.Steps(horizon, discountRatePerPeriod);
        if (ClvModels.FromFit(transactions, ClvConvergencePolicy.AllowUnconverged) is not IRepeatTransactionModel point)
        {
            throw new ArgumentException($"Intervals need a bg-nbd, mbg-nbd or pareto-nbd fit; got {transactions.Model}.", nameof(transactions));
        }

        var pointSpend = spend is null ? null : ClvModels.FromFit(spend, ClvConvergencePolicy.AllowUnconverged) as GammaGammaModel
            ?? throw new ArgumentException($"The spend fit must be gamma-gamma; got {spend.Model}.", nameof(spend));
        var list = customers.ToArray();
        var unique = new Dictionary<(double X, double Tx, double T, double M), int>();
        var index = new int[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(list[i], nameof(customers));
            ClvMath.CheckCustomer(list[i].Frequency, list[i].Recency, list[i].Age);
            var key = (list[i].Frequency, list[i].Recency, list[i].Age, (double)(list[i].MonetaryValue ?? 0m));
            if (!unique.TryGetValue(key, out var u))
            {
                u = unique.Count;
                unique[key] = u;
            }

            index[i] = u;
        }

        var rows = unique.Keys.ToArray();
        var (models, spends, failed) = Parameters(transactions, point, spend, pointSpend, list, options, m => Computable(m, rows, horizon));
        var results = new ClvPredictionInterval[rows.Length];
        var work = new Work(Math.Min(Block, Math.Max(1, rows.Length)), models.Length);
        for (var start = 0; start < rows.Length; start += Block)
        {
            var block = rows.AsSpan(start, Math.Min(Block, rows.Length - start));
            work.Fill(block, models, spends, horizon, steps);
            for (var j = 0; j < block.Length; j++)
            {
                results[start + j] = work.Interval(j, block[j], point, pointSpend, horizon, steps, options.Level);
            }
        }

        var report = new ClvIntervalReport(Describe(options, spend is not null, models.Length, failed), options.Level, models.Length, options.Seed, index.Select(u => results[u]).ToArray());
        return report with { IntervalMethod = options.Method, FailedReplicates = failed };
    }

    /// <summary>The parameter sets to predict with: asymptotic-normal draws, or the converged bootstrap replicates.</summary>
    private static (IRepeatTransactionModel[] Models, GammaGammaModel[]? Spends, int Failed) Parameters(
        ClvModelFit transactions, IRepeatTransactionModel point, ClvModelFit? spend, GammaGammaModel? pointSpend, IReadOnlyList<CustomerSummary> customers, ClvIntervalOptions options, Func<IRepeatTransactionModel, bool> usable)
    {
        if (options.Method == ClvIntervalMethod.ParametricBootstrap)
        {
            var replicates = ParametricBootstrap.Run(point, pointSpend, customers, options.Replicates, options.Seed, usable);
            return replicates.Models.Length >= MinimumReplicates
                ? (replicates.Models, replicates.Spends, replicates.Failed)
                : throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Only {replicates.Models.Length} of {options.Replicates} bootstrap replicates converged (at least {MinimumReplicates} are needed); the fit is too weakly identified for a bootstrap interval."));
        }

        var random = new Random(options.Seed);
        var models = ParameterDraws.Draw(transactions, options.Draws, random, nameof(transactions)).Cast<IRepeatTransactionModel>().ToArray();
        var spends = spend is null ? null : ParameterDraws.Draw(spend, options.Draws, random, nameof(spend)).Cast<GammaGammaModel>().ToArray();
        return (models, spends, 0);
    }

    /// <summary>Whether a replicate's expectations over the horizon can be computed for every row (a refit far from the estimate may make the series diverge).</summary>
    private static bool Computable(IRepeatTransactionModel model, (double X, double Tx, double T, double M)[] rows, double horizon)
    {
        try
        {
            foreach (var row in rows)
            {
                model.ConditionalExpectedTransactions(horizon, row.X, row.Tx, row.T);
            }

            return true;
        }
        catch (ArithmeticException)
        {
            return false;
        }
    }

    private static string Describe(ClvIntervalOptions options, bool spend, int used, int failed) => options.Method == ClvIntervalMethod.ParametricBootstrap
        ? string.Create(
            CultureInfo.InvariantCulture,
            $"parametric bootstrap, {used} of {options.Replicates} replicates (histories simulated from the fit over each customer's observation length, refitted from the estimate{(spend ? "; spend simulated and refitted too" : string.Empty)}; {failed} left out because the refit did not converge or its predictions could not be computed), seed {options.Seed}; central {options.Level:P0} of the replicates, widened to contain the estimate")
        : string.Create(
            CultureInfo.InvariantCulture,
            $"{options.Draws} draws from the asymptotic normal of the log-parameters (inverse Hessian at the optimum{(spend ? "; transaction and spend fits drawn independently" : string.Empty)}), seed {options.Seed}; central {options.Level:P0} of the draws, widened to contain the estimate");

    /// <summary>Per-draw predictions of one block of unique rows: quantity × (draw, row).</summary>
    private sealed class Work(int block, int draws)
    {
        private readonly double[] _expected = new double[block * draws];
        private readonly double[] _alive = new double[block * draws];
        private readonly double[] _spend = new double[block * draws];
        private readonly double[] _value = new double[block * draws];
        private readonly double[] _x = new double[block];
        private readonly double[] _tx = new double[block];
        private readonly double[] _t = new double[block];
        private readonly double[] _sorted = new double[draws];

        public void Fill(ReadOnlySpan<(double X, double Tx, double T, double M)> rows, IRepeatTransactionModel[] models, GammaGammaModel[]? spends, double horizon, ClvHorizon? steps)
        {
            var n = rows.Length;
            for (var j = 0; j < n; j++)
            {
                (_x[j], _tx[j], _t[j]) = (rows[j].X, rows[j].Tx, rows[j].T);
            }

            for (var d = 0; d < draws; d++)
            {
                var model = models[d];
                var offset = d * block;
                model.ConditionalExpectedTransactions(horizon, _x.AsSpan(0, n), _tx.AsSpan(0, n), _t.AsSpan(0, n), _expected.AsSpan(offset, n));
                for (var j = 0; j < n; j++)
                {
                    _alive[offset + j] = model.ProbabilityAlive(_x[j], _tx[j], _t[j]);
                    if (spends is null)
                    {
                        continue;
                    }

                    var m = Spend(spends[d], rows[j].X, rows[j].M);
                    _spend[offset + j] = m;
                    _value[offset + j] = double.IsPositiveInfinity(m) ? m
                        : steps is null ? 0d
                        : ClvValuation.DiscountedValue(model, m, _x[j], _tx[j], _t[j], steps);
                }
            }
        }

        public ClvPredictionInterval Interval(int j, (double X, double Tx, double T, double M) row, IRepeatTransactionModel point, GammaGammaModel? spend, double horizon, ClvHorizon? steps, double level)
        {
            var expected = Around(_expected, j, point.ConditionalExpectedTransactions(horizon, row.X, row.Tx, row.T), level);
            var alive = Around(_alive, j, point.ProbabilityAlive(row.X, row.Tx, row.T), level);
            if (spend is null)
            {
                return new ClvPredictionInterval(expected, alive, null, null);
            }

            var m = Spend(spend, row.X, row.M);
            var value = double.IsPositiveInfinity(m) ? m : steps is null ? 0d : ClvValuation.DiscountedValue(point, m, row.X, row.Tx, row.T, steps);
            return new ClvPredictionInterval(expected, alive, Around(_spend, j, m, level), Around(_value, j, value, level));
        }

        private static double Spend(GammaGammaModel model, double x, double mean) =>
            (model.P * x) + model.Q - 1d > 0d ? model.ExpectedSpend(x, mean) : double.PositiveInfinity;

        private ClvInterval Around(double[] values, int j, double estimate, double level)
        {
            for (var d = 0; d < draws; d++)
            {
                _sorted[d] = values[(d * block) + j];
            }

            return DrawQuantiles.Around(_sorted, estimate, level);
        }
    }
}
