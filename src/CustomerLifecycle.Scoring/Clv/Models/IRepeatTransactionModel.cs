namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// A fitted "buy till you die" model of repeat transactions in continuous time (BG/NBD, MBG/NBD, Pareto/NBD). Every time
/// value — recency t_x, age T, horizons t — is in the time unit of the data the model was fitted on (weeks for the CDNOW
/// literature); nothing assumes days. Every result is finite for valid input.
/// </summary>
/// <remarks>
/// A customer is described by x (repeat purchases, a whole number ≥ 0), t_x (time of the last purchase since the first,
/// 0 ≤ t_x ≤ T, 0 when x = 0) and T (time since the first purchase, &gt; 0). Invalid values throw
/// <see cref="ArgumentOutOfRangeException"/> naming the parameter.
/// </remarks>
public interface IRepeatTransactionModel : IClvModel
{
    /// <summary>The log-likelihood of one customer's (x, t_x, T) — natural log, in the data's time unit.</summary>
    /// <param name="frequency">Repeat purchases.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="age">Age T.</param>
    /// <returns>ln L, finite.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer is invalid.</exception>
    double LogLikelihood(double frequency, double recency, double age);

    /// <summary>Unconditional E[X(t)]: expected repeat purchases in (0, t] of a customer who has just made a first purchase.</summary>
    /// <param name="horizon">The horizon, ≥ 0, in the model's time unit.</param>
    /// <returns>The expectation, ≥ 0, non-decreasing in t.</returns>
    /// <exception cref="ArgumentOutOfRangeException">t is negative or not finite.</exception>
    /// <exception cref="ArithmeticException">t is so long relative to the fitted time scale that the series cannot converge.</exception>
    double ExpectedTransactions(double horizon);

    /// <summary>Conditional E[Y(t) | x, t_x, T]: expected purchases in (T, T + t] of a customer with that history.</summary>
    /// <param name="horizon">The horizon after T, ≥ 0.</param>
    /// <param name="frequency">Repeat purchases.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="age">Age T.</param>
    /// <returns>The expectation, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is invalid.</exception>
    /// <exception cref="ArithmeticException">t is so long relative to the fitted time scale that the series cannot converge.</exception>
    double ConditionalExpectedTransactions(double horizon, double frequency, double recency, double age);

    /// <summary>
    /// Conditional E[Y(t) | x, t_x, T] for many customers at once, without per-customer allocation.
    /// </summary>
    /// <param name="horizon">The horizon after each customer's T, ≥ 0.</param>
    /// <param name="frequency">Repeat purchases per customer.</param>
    /// <param name="recency">Recency per customer.</param>
    /// <param name="age">Age per customer.</param>
    /// <param name="destination">Receives the expectations; same length as the inputs.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer or the horizon is invalid.</exception>
    void ConditionalExpectedTransactions(double horizon, ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination);

    /// <summary>P(alive at T | x, t_x, T): the probability that the customer has not dropped out by the end of observation.</summary>
    /// <param name="frequency">Repeat purchases.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="age">Age T.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer is invalid.</exception>
    double ProbabilityAlive(double frequency, double recency, double age);

    /// <summary>P(alive at T + future | x, t_x, T): alive at the end of observation and still alive <paramref name="future"/> later.</summary>
    /// <param name="frequency">Repeat purchases.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="age">Age T.</param>
    /// <param name="future">Time after T, ≥ 0 (0 gives <see cref="ProbabilityAlive(double, double, double)"/>).</param>
    /// <returns>A probability in [0, 1], non-increasing in <paramref name="future"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is invalid.</exception>
    double ProbabilityAlive(double frequency, double recency, double age, double future);

    /// <summary>P(X(t) = n): the probability that a new customer makes exactly n repeat purchases in (0, t].</summary>
    /// <param name="n">The count, ≥ 0.</param>
    /// <param name="horizon">The horizon, ≥ 0.</param>
    /// <returns>A probability in [0, 1]; over n they sum to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">n is negative or t invalid.</exception>
    double ProbabilityOfTransactions(int n, double horizon);

    /// <summary>
    /// P(X(T, T+t) = n | x, t_x, T): the probability that a customer with this history makes exactly n purchases in the
    /// next t time units: (1 − P(alive)) for n = 0 plus P(alive) times the count probability of a new customer whose
    /// rate (and drop-out) distributions are updated by the history.
    /// </summary>
    /// <param name="n">The count, ≥ 0.</param>
    /// <param name="horizon">The horizon after T, ≥ 0.</param>
    /// <param name="frequency">Repeat purchases.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="age">Age T.</param>
    /// <returns>A probability in [0, 1]; over n they sum to 1 and average to <see cref="ConditionalExpectedTransactions(double, double, double, double)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">n is negative, t invalid, or the customer invalid.</exception>
    double ConditionalProbabilityOfTransactions(int n, double horizon, double frequency, double recency, double age);
}
