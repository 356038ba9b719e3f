using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Reduces a transaction log to one <see cref="CustomerSummary"/> per customer — frequency x (repeat purchase periods),
/// recency t_x, age T, mean repeat value — with an optional calibration/holdout split.
/// </summary>
/// <remarks>
/// <para>Conventions (those of the published CDNOW summaries, verified on all 2,357 customers): purchases in one
/// grouping period (<see cref="TransactionSummaryOptions.PurchaseGrouping"/>, a day by default) are one purchase with the
/// summed amount; x is the number of such purchases after the first within the calibration period; t_x is the time from
/// the first to the last of them; T the time from the first to the calibration end (or observation end); the monetary
/// value is the mean amount of the repeat purchases, excluding the first — null when x = 0, since a mean of no
/// purchases is undefined (lifetimes writes 0 there).</para>
/// <para>The log may be in any order: each customer's purchases are sorted by date. Rejection codes of text records
/// (stable): <c>customer_id.missing</c>, <c>customer_id.invalid</c>, <c>date.missing</c>, <c>date.invalid</c>,
/// <c>date.after_observation_end</c>, <c>amount.negative</c> (a refund is no purchase); typed transactions can only be
/// <c>date.after_observation_end</c>.</para>
/// <para>A row with a readable customer and date but an empty or unreadable amount is still a purchase: it counts in
/// frequency and recency, with an unknown value, and is listed in <see cref="TransactionSummary.UnknownValues"/>
/// (<c>amount.missing</c>, <c>amount.not_a_number</c>) rather than rejected. Dropping it would change frequency and
/// recency without a word; a customer whose repeat purchases include one of unknown value has an unknown (null) mean
/// value.</para>
/// <para>Cost: O(n log n) time for n transactions, about 36 bytes of working memory per transaction (see <see cref="TransactionLogBuilder"/>); <see cref="TransactionFold"/> gives the same summary keeping one running state per customer instead.</para>
/// </remarks>
public sealed class TransactionSummarizer
{
    private readonly TransactionSummaryOptions _options;
    private readonly int _observationEnd;
    private readonly int _calibrationEnd;

    /// <summary>Makes a summarizer.</summary>
    /// <param name="options">The unit, window and calendar; copied, so later changes to the object do not matter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (unknown unit, calibration end not before observation end, no zone).</exception>
    public TransactionSummarizer(TransactionSummaryOptions options)
    {
        _options = OptionsGuard.Valid<TransactionSummaryOptions, TransactionSummaryOptionsValidator>(options, nameof(options)) with { };
        _observationEnd = _options.ObservationEnd.ToDateOnly().DayNumber;
        _calibrationEnd = (_options.CalibrationEnd ?? _options.ObservationEnd).ToDateOnly().DayNumber;
    }

    /// <summary>Summarises typed transactions.</summary>
    /// <param name="transactions">The log, in any order.</param>
    /// <returns>The summaries; transactions after the observation end are rejected with their 1-based position as line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The transactions are in more than one currency.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public TransactionSummary Summarize(IEnumerable<Transaction> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var log = new PurchaseColumns();
        string? currency = null;
        var line = 0;
        foreach (var t in transactions)
        {
            ArgumentNullException.ThrowIfNull(t, nameof(transactions));
            line++;
            currency ??= t.Amount.Currency;
            if (!string.Equals(currency, t.Amount.Currency, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"All transactions must be in one currency; transaction {line} is in {t.Amount.Currency}, earlier ones in {currency}.",
                    nameof(transactions));
            }

            log.Add(line, t.Customer, t.At.InZone(_options.Zone).Date.ToDateOnly().DayNumber, t.Amount.Amount);
        }

        return Build(log, currency);
    }

    /// <summary>Summarises text records (a CSV export), rejecting each bad row with its line and reason.</summary>
    /// <param name="records">The log, in any order.</param>
    /// <returns>The summaries and the rejected rows (codes in the remarks of <see cref="TransactionSummarizer"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or one of its items is null.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public TransactionSummary Summarize(IEnumerable<TransactionRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var log = new TransactionLogBuilder(_options.Zone);
        foreach (var r in records)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(records));
            log.Add(r);
        }

        return log.Summarize(_options);
    }

    /// <summary>Summarises collected purchases: those after the observation end are rejected, the rest grouped per customer.</summary>
    internal TransactionSummary Build(PurchaseColumns log, string? currency)
    {
        var rejected = new List<RejectedRow>(log.Rejected);
        var afterEnd = new HashSet<int>();
        var kept = new List<int>(log.Customer.Count);
        for (var i = 0; i < log.Customer.Count; i++)
        {
            if (log.Day[i] > _observationEnd)
            {
                rejected.Add(TransactionRecordCheck.AfterEnd(log.Line[i], log.Day[i], _options.ObservationEnd));
                afterEnd.Add(log.Line[i]);
            }
            else
            {
                kept.Add(i);
            }
        }

        rejected.Sort((a, b) => a.Line.CompareTo(b.Line));
        var unknown = log.UnknownValues.Where(u => !afterEnd.Contains(u.Line)).ToArray();
        // Rank customers by id so that one sort of (rank, day) keys orders the log by customer, then date.
        var ids = log.Ids;
        var order = log.Index.Order();
        var rank = new int[ids.Count];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        var count = kept.Count;
        var keys = new long[count];
        var positions = new int[count];
        for (var k = 0; k < count; k++)
        {
            var i = kept[k];
            keys[k] = ((long)rank[log.Customer[i]] << 32) | (uint)log.Day[i];
            positions[k] = i;
        }

        Array.Sort(keys, positions);

        var folds = new CustomerFolds(_options.PurchaseGrouping, _calibrationEnd, ids.Count);
        for (var k = 0; k < count; k++)
        {
            folds.Step((int)(keys[k] >> 32), (int)keys[k], log.Amount[positions[k]]);
        }

        var lists = new SummaryLists(ids.Count, _options.CalibrationEnd is not null);
        for (var r = 0; r < ids.Count; r++)
        {
            folds.Emit(r, ids[order[r]], _options, lists);
        }

        return lists.ToSummary(_options, rejected, unknown, currency);
    }
}
