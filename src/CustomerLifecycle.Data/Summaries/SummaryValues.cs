using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// The numbers of one accepted customer-summary row, before (or instead of) a <see cref="CustomerSummary"/> object; the
/// customer id stays in the reader (<see cref="SummaryRowReader.Customer"/>), as characters.
/// </summary>
/// <param name="Frequency">Repeat purchases x.</param>
/// <param name="Recency">t_x.</param>
/// <param name="Age">T.</param>
/// <param name="MonetaryValue">The mean repeat spend, or null.</param>
/// <param name="Weight">How many customers the row stands for.</param>
internal readonly record struct SummaryValues(double Frequency, double Recency, double Age, decimal? MonetaryValue, double Weight)
{
    /// <summary>The values of a summary the importer accepted.</summary>
    public static SummaryValues Of(CustomerSummary summary) =>
        new(summary.Frequency, summary.Recency, summary.Age, summary.MonetaryValue, summary.Weight);

    /// <summary>The summary object (its constructor checks the invariants again).</summary>
    /// <param name="customer">The customer, or null.</param>
    public CustomerSummary ToSummary(CustomerId? customer) => new(Frequency, Recency, Age, customer, MonetaryValue, Weight);
}
