using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// Customer summaries read straight into weighted unique (x, t_x, T) rows: what the purchase models (BG/NBD, MBG/NBD,
/// Pareto/NBD) fit, without one object per customer. See <see cref="CustomerSummaryReader.ReadUnique(TextTable)"/>.
/// </summary>
/// <param name="Source">The source in messages.</param>
/// <param name="Rows">
/// One row per distinct (x, t_x, T) among the accepted rows, its weight the sum of theirs (added in source order),
/// without customer id or monetary value, ordered by x, then t_x, then T. A purchase model fitted on these rows gives the
/// fit it gives on the accepted rows themselves.
/// </param>
/// <param name="Data">The fingerprint of the accepted rows as read (rows, customers, Σ frequency, Σ age, in source order).</param>
/// <param name="RowCount">The data rows read, accepted and rejected.</param>
/// <param name="Rejected">The rejected rows, in source order, with the codes and reasons of <see cref="CustomerSummaryReader.Read(TextTable)"/>.</param>
/// <param name="HasMonetaryValues">Whether the table has a monetary-value column.</param>
/// <param name="HasWeights">Whether the table has a weight column.</param>
public sealed record UniqueSummaryFile(
    string Source,
    IReadOnlyList<CustomerSummary> Rows,
    ClvDataFingerprint Data,
    int RowCount,
    IReadOnlyList<RejectedRow> Rejected,
    bool HasMonetaryValues,
    bool HasWeights);
