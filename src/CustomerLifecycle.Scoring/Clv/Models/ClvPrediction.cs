using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>One customer's prediction.</summary>
/// <param name="Customer">The customer id, or null when the summary has none.</param>
/// <param name="Frequency">Repeat purchases x.</param>
/// <param name="Recency">Recency t_x.</param>
/// <param name="Age">Age T.</param>
/// <param name="ExpectedTransactions">E[Y(t) | x, t_x, T] over the horizon.</param>
/// <param name="ProbabilityAlive">P(alive at T).</param>
/// <param name="ExpectedSpend">Expected spend per transaction from the spend model, or null without one.</param>
/// <param name="Value">The value over the horizon (discounted when a rate was given), or null without a spend model.</param>
public sealed record ClvPrediction(
    CustomerId? Customer,
    double Frequency,
    double Recency,
    double Age,
    double ExpectedTransactions,
    double ProbabilityAlive,
    double? ExpectedSpend,
    double? Value);
