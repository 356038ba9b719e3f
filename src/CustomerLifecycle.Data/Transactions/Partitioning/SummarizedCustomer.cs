using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>One customer's summary as a partitioned summary hands it over, with its holdout activity when there is a holdout.</summary>
/// <param name="Summary">The summary, with the customer id.</param>
/// <param name="Holdout">The holdout activity, or null without a calibration end.</param>
public readonly record struct SummarizedCustomer(CustomerSummary Summary, HoldoutActivity? Holdout);
