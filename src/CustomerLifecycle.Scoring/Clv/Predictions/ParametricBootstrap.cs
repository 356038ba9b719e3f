using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>
/// Parametric-bootstrap replicates of a continuous-time fit (and its Gamma-Gamma spend fit): each replicate simulates
/// every customer's history from the fitted model over the customer's own observation length T, refits from the
/// estimate, and keeps the refitted models when both refits converge and the predictions can be computed. Replicate i uses its own generator seeded from
/// (seed, i), so the result does not depend on the order the replicates run in.
/// </summary>
internal static class ParametricBootstrap
{
    /// <summary>The converged replicates' models (transaction and spend paired by index) and the count that did not converge.</summary>
    public sealed record Replicates(IRepeatTransactionModel[] Models, GammaGammaModel[]? Spends, int Failed);

    /// <summary>
    /// Runs <paramref name="count"/> replicates; one whose refit does not converge, or whose model fails
    /// <paramref name="usable"/> (its predictions cannot be computed), is counted as failed.
    /// </summary>
    public static Replicates Run(IRepeatTransactionModel point, GammaGammaModel? spend, IReadOnlyList<CustomerSummary> customers, int count, int seed, Func<IRepeatTransactionModel, bool> usable)
    {
        var units = Units(customers);
        var buyers = spend is null ? [] : Units(GammaGammaModel.Eligibility(customers).Eligible);
        var models = new IRepeatTransactionModel?[count];
        var spends = new GammaGammaModel?[count];
        Parallel.For(0, count, i =>
        {
            var random = new Random(unchecked((seed * 1_000_003) + i));
            models[i] = Refit(point, units, random) is { } model && usable(model) ? model : null;
            if (spend is not null && models[i] is not null)
            {
                spends[i] = Refit(spend, buyers, random);
                models[i] = spends[i] is null ? null : models[i];
            }
        });

        var kept = Enumerable.Range(0, count).Where(i => models[i] is not null).ToArray();
        return new Replicates(
            kept.Select(i => models[i]!).ToArray(),
            spend is null ? null : kept.Select(i => spends[i]!).ToArray(),
            count - kept.Length);
    }

    /// <summary>
    /// The customers as simulation units: a whole weight w stands for w customers, each simulated on its own; any other
    /// weight is one simulated customer carrying that weight.
    /// </summary>
    private static (CustomerSummary Customer, double Weight)[] Units(IEnumerable<CustomerSummary> customers)
    {
        var units = new List<(CustomerSummary, double)>();
        foreach (var c in customers)
        {
            if (Math.Floor(c.Weight) == c.Weight && c.Weight <= int.MaxValue)
            {
                units.AddRange(Enumerable.Repeat((c, 1d), (int)c.Weight));
            }
            else
            {
                units.Add((c, c.Weight));
            }
        }

        return units.ToArray();
    }

    private static IRepeatTransactionModel? Refit(IRepeatTransactionModel point, (CustomerSummary Customer, double Weight)[] units, Random random)
    {
        var simulated = new List<CustomerSummary>(units.Length);
        foreach (var (c, w) in units)
        {
            var (x, tx) = HistorySimulator.History(point, c.Age, random);
            simulated.Add(new CustomerSummary(x, tx, c.Age, weight: w));
        }

        var rows = SummaryRows.From(simulated, "customers");
        IWeightedLogLikelihood likelihood = point is ParetoNbdModel
            ? new ParetoNbdLikelihood(rows)
            : new BgNbdFamilyLikelihood(rows, modified: point is MbgNbdModel);
        return Converged(likelihood, point) as IRepeatTransactionModel;
    }

    private static GammaGammaModel? Refit(GammaGammaModel point, (CustomerSummary Customer, double Weight)[] buyers, Random random)
    {
        var rows = buyers.Select(b => (b.Customer.Frequency, HistorySimulator.MeanSpend(point, b.Customer.Frequency, random), b.Weight)).ToArray();
        return Converged(new GammaGammaLikelihood(rows), point) as GammaGammaModel;
    }

    private static IClvModel? Converged(IWeightedLogLikelihood likelihood, IClvModel point)
    {
        var fit = MaximumLikelihood.Fit(new WarmStart(likelihood, point), new ClvFitOptions { Starts = 1 });
        return fit.Converged ? ClvModels.FromFit(fit) : null;
    }

    /// <summary>A likelihood whose one start is the point estimate.</summary>
    private sealed class WarmStart(IWeightedLogLikelihood inner, IClvModel point) : IWeightedLogLikelihood
    {
        public string ModelName => inner.ModelName;

        public IReadOnlyList<string> ParameterNames => inner.ParameterNames;

        public int Rows => inner.Rows;

        public double Customers => inner.Customers;

        public int DefaultStarts => 1;

        public bool HasGradient => inner.HasGradient;

        public void InitialGuess(Span<double> parameters)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i] = point.Parameters[i].Value;
            }
        }

        public double LogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient) => inner.LogLikelihood(parameters, gradient);
    }
}
