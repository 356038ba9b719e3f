using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Data.Transactions;

/// <summary>A transaction log read from a text table: one record per non-blank row, amounts already read as money.</summary>
/// <param name="Source">The source in messages.</param>
/// <param name="Records">
/// One record per row, in source order, with the physical line; the amount in invariant form, empty when it could not be
/// read (the reason is in <see cref="AmountProblems"/>), null when the log has no amount column.
/// </param>
/// <param name="AmountProblems">The rows whose amount could not be read, with line, column, code and reason.</param>
/// <param name="Currency">The currency mark the amounts carry (<c>$</c>, <c>¥</c>, <c>USD</c>), or null when they carry none.</param>
public sealed record TransactionLog(string Source, IReadOnlyList<TransactionRecord> Records, IReadOnlyList<RejectedRow> AmountProblems, string? Currency)
{
    /// <summary>The latest purchase date in the log, read in a zone; null when no date can be read.</summary>
    /// <param name="zone">The zone of local time stamps and of the calendar.</param>
    /// <returns>The date, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public LocalDate? LatestDate(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        LocalDate? latest = null;
        foreach (var r in Records)
        {
            if (IsoTime.TryParse(r.Date, zone, out var at) && at.InZone(zone).Date is var d && (latest is null || d > latest))
            {
                latest = d;
            }
        }

        return latest;
    }
}
