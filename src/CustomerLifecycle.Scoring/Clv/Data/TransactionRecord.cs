using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>A purchase as it arrives from outside (a CSV row of a transaction log): every field still text.</summary>
/// <param name="Line">The 1-based line number in the source, used in rejection reports.</param>
/// <param name="CustomerId">Who bought; required.</param>
/// <param name="Date">
/// When: an ISO-8601 date (<c>1997-01-01</c>), a local date-time, or a date-time with offset or <c>Z</c> (see
/// <see cref="Core.IsoTime"/>); required. Local forms are read in <see cref="TransactionSummaryOptions.Zone"/>.
/// </param>
/// <param name="Amount">
/// What was paid: a decimal number ≥ 0 in invariant form. Null when the source has no amount at all (the summary then has
/// no monetary values); an empty or unreadable text is a purchase of unknown value (see
/// <see cref="TransactionSummary.UnknownValues"/>); a negative amount is a refund and is rejected.
/// </param>
public sealed record TransactionRecord(int Line, string? CustomerId, string? Date, string? Amount = null)
{
    /// <summary>
    /// A rejection the reader has already decided, whatever the fields say — a row with more fields than its header has
    /// columns, whose fields are not under their columns — or null. A record that carries one is rejected with it (its
    /// line should be <see cref="Line"/>; its <see cref="RejectedRow.Column"/> should be null).
    /// </summary>
    public RejectedRow? Rejection { get; init; }
}
