namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>The low and high end of an interval around one predicted quantity; Low ≤ point estimate ≤ High.</summary>
/// <param name="Low">The lower end.</param>
/// <param name="High">The upper end.</param>
public sealed record ClvInterval(double Low, double High);

/// <summary>One customer's intervals, in the order of the customers given.</summary>
/// <param name="ExpectedTransactions">Around E[Y(t) | x, t_x, T] over the horizon.</param>
/// <param name="ProbabilityAlive">Around P(alive at T).</param>
/// <param name="ExpectedSpend">Around the expected spend per purchase, or null without a spend fit.</param>
/// <param name="Value">Around the (discounted) value over the horizon, or null without a spend fit.</param>
public sealed record ClvPredictionInterval(ClvInterval ExpectedTransactions, ClvInterval ProbabilityAlive, ClvInterval? ExpectedSpend, ClvInterval? Value);

/// <summary>Intervals for every customer and how they were made.</summary>
/// <param name="Method">The method in words, e.g. "2000 draws from the asymptotic normal of the log-parameters (inverse Hessian), seed 1".</param>
/// <param name="Level">The coverage of each interval.</param>
/// <param name="Draws">The parameter draws (or converged bootstrap replicates) used.</param>
/// <param name="Seed">The seed of the draws.</param>
/// <param name="Intervals">One entry per customer, in input order.</param>
public sealed record ClvIntervalReport(string Method, double Level, int Draws, int Seed, IReadOnlyList<ClvPredictionInterval> Intervals)
{
    /// <summary>The method used: draws from the asymptotic normal or parametric-bootstrap replicates.</summary>
    public ClvIntervalMethod IntervalMethod { get; init; } = ClvIntervalMethod.AsymptoticNormal;

    /// <summary>Bootstrap replicates left out because the refit did not converge or its predictions could not be computed (0 for the asymptotic normal); <see cref="Draws"/> counts those used.</summary>
    public int FailedReplicates { get; init; }
}
