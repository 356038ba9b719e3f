using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Outcomes;

/// <summary>What a band predicts: the probability of an outcome (e.g. five-year repurchase 73 %).</summary>
/// <param name="OutcomeKey">The outcome, e.g. <c>repurchase_5y</c>, <c>churn_5y</c>, <c>retention_90d</c>; only outcomes
/// with the same key can be compared.</param>
/// <param name="Probability">The probability of the outcome for a customer in the band.</param>
public sealed record BandOutcome(string OutcomeKey, Fraction Probability);
