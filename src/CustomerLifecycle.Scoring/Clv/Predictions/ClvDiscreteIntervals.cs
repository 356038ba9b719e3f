namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>One BG/BB customer's (or row's) intervals.</summary>
/// <param name="ExpectedTransactions">Around E[X(n, n + n*) | x, t_x, n], the expected transactions in the next n* opportunities.</param>
/// <param name="ProbabilityAlive">Around P(alive at opportunity n + 1 | x, t_x, n).</param>
/// <param name="DiscountedResidualTransactions">Around DERT at the discount rate per opportunity, or null without a rate.</param>
public sealed record ClvDiscreteInterval(ClvInterval ExpectedTransactions, ClvInterval ProbabilityAlive, ClvInterval? DiscountedResidualTransactions);

/// <summary>One period's intervals of an sBG cohort projection.</summary>
/// <param name="Period">The period t, from 0.</param>
/// <param name="Survival">Around S(t), the share of the cohort still a customer after t periods.</param>
/// <param name="Retention">Around r(t) = S(t)/S(t − 1), or null for period 0.</param>
/// <param name="ResidualLifetime">Around DERL after t renewals at the discount rate per period, or null without a rate.</param>
public sealed record ClvCohortInterval(int Period, ClvInterval Survival, ClvInterval? Retention, ClvInterval? ResidualLifetime);

/// <summary>Intervals of a discrete model's predictions and how they were made.</summary>
/// <typeparam name="TInterval">The per-row (BG/BB) or per-period (sBG) intervals.</typeparam>
/// <param name="Method">The method in words.</param>
/// <param name="Level">The coverage of each interval.</param>
/// <param name="Draws">The parameter draws used.</param>
/// <param name="Seed">The seed of the draws.</param>
/// <param name="Intervals">One entry per row (in input order) or per period (from 0).</param>
public sealed record ClvIntervalSet<TInterval>(string Method, double Level, int Draws, int Seed, IReadOnlyList<TInterval> Intervals);
