using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>A transaction log reduced to one <see cref="CustomerSummary"/> per customer, with the holdout activity and every rejected row.</summary>
/// <param name="Customers">One row per customer with a purchase in the calibration period, ordered by customer id (ordinal); times in <see cref="Unit"/>.</param>
/// <param name="Holdout">
/// When a calibration end was given: each customer's holdout activity, aligned by index with <paramref name="Customers"/>;
/// otherwise null.
/// </param>
/// <param name="HoldoutLength">The length of the holdout period in <see cref="Unit"/>, or null without a calibration end.</param>
/// <param name="Excluded">
/// Customers seen in the log but not summarised, ordered by id: their first purchase falls after the calibration end
/// (they were not yet customers), or on its very day (age T = 0, which no model accepts).
/// </param>
/// <param name="Rejected">The rejected transactions with line (for typed transactions: the 1-based position) and reason.</param>
/// <param name="Unit">The unit of frequency's time axis: recency, age and holdout length.</param>
/// <param name="Currency">The currency of the monetary values, or null when unknown (text records carry none).</param>
public sealed record TransactionSummary(
    IReadOnlyList<CustomerSummary> Customers,
    IReadOnlyList<HoldoutActivity>? Holdout,
    double? HoldoutLength,
    IReadOnlyList<CustomerId> Excluded,
    IReadOnlyList<RejectedRow> Rejected,
    PeriodUnit Unit,
    string? Currency)
{
    /// <summary>
    /// The purchases counted with an unknown value: rows with a readable customer and date whose amount was empty or
    /// unreadable, each with its line, code (<c>amount.missing</c>, <c>amount.not_a_number</c>, or a reader's own such as
    /// <c>amount.ambiguous</c>) and reason. They count in frequency and recency; the mean value of a customer with one
    /// among the repeat purchases is null. Empty when every amount was read (or the log has none).
    /// </summary>
    public IReadOnlyList<RejectedRow> UnknownValues { get; init; } = [];
}
