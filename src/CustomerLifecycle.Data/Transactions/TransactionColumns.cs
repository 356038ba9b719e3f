namespace CustomerLifecycle.Data.Transactions;

/// <summary>The columns of a transaction log: who bought, when, and (optionally) what was paid.</summary>
/// <param name="Customer">The column holding the customer id; required.</param>
/// <param name="Date">The column holding the ISO-8601 date or time stamp of the purchase; required.</param>
/// <param name="Amount">The column holding the amount paid, or null when the log has none (the summary then has no monetary values).</param>
public sealed record TransactionColumns(string Customer, string Date, string? Amount = null);
