using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.DuckDb;

/// <summary>What happened to the rows of a transaction file read by the DuckDB engine.</summary>
/// <param name="Rows">All data rows of the file.</param>
/// <param name="Rejected">Rows that are no purchase: a CSV line DuckDB's reader cannot read as a row (more fields than the
/// header, an unclosed quote, bytes that are not UTF-8), no customer, no readable date, a date after the observation end,
/// or a negative amount.</param>
/// <param name="UnknownValues">Purchases whose amount is empty or unreadable (counted as purchases of unknown value).</param>
public sealed record DuckDbRowCounts(long Rows, long Rejected, long UnknownValues);

/// <summary>Per-customer summaries computed by DuckDB, in the library's own <see cref="TransactionSummary"/> form.</summary>
/// <param name="Summary">The summaries (customers ordered by id), holdout activity when a calibration end was given,
/// and the customers left out; <see cref="TransactionSummary.Rejected"/> is empty (see <paramref name="Counts"/>).</param>
/// <param name="Counts">How many rows were read, rejected or of unknown value.</param>
public sealed record DuckDbSummary(TransactionSummary Summary, DuckDbRowCounts Counts);

/// <summary>The weighted unique (x, t_x, T) rows of a transaction file: all a model fit needs, a few thousand rows
/// however many customers.</summary>
/// <param name="Rows">The rows, ordered by frequency, recency, age; each row's weight is its number of customers and its
/// monetary value the mean of theirs (null when one is unknown).</param>
/// <param name="Customers">Customers summarised (the sum of the weights).</param>
/// <param name="Excluded">Customers left out because their first purchase is on or after the calibration end.</param>
/// <param name="Counts">How many rows were read, rejected or of unknown value.</param>
public sealed record DuckDbWeightedRows(IReadOnlyList<CustomerSummary> Rows, long Customers, long Excluded, DuckDbRowCounts Counts);
