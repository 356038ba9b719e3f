using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Core.Import;
using NodaTime;

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
/// <para>Cost: O(n log n) time for n transactions, about 36 bytes of working memory per transaction (see <see cref="TransactionLogBuilder"/>).</para>
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

    private RejectedRow AfterEnd(int line, LocalDate date) => new(
        line,
        "date.after_observation_end",
        string.Create(CultureInfo.InvariantCulture, $"date {date:uuuu-MM-dd} is after the observation end {_options.ObservationEnd:uuuu-MM-dd}"));

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
                rejected.Add(AfterEnd(log.Line[i], PeriodMath.FromDayNumber(log.Day[i])));
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
        var ids = log.Ids.ToArray();
        var order = new int[ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => ids[a].CompareTo(ids[b]));
        var rank = new int[ids.Length];
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

        var customers = new List<CustomerSummary>(ids.Length);
        var holdout = _options.CalibrationEnd is null ? null : new List<HoldoutActivity>(ids.Length);
        var excluded = new List<CustomerId>();
        var start = 0;
        while (start < count)
        {
            var r = (int)(keys[start] >> 32);
            var end = start + 1;
            while (end < count && (int)(keys[end] >> 32) == r)
            {
                end++;
            }

            Summarize(log, keys, positions, start, end, ids[order[r]], customers, holdout, excluded);
            start = end;
        }

        double? holdoutLength = _options.CalibrationEnd is { } c ? PeriodMath.Between(c, _options.ObservationEnd, _options.Unit) : null;
        return new TransactionSummary(customers, holdout, holdoutLength, excluded, rejected, _options.Unit, currency) { UnknownValues = unknown };
    }

    private void Summarize(
        PurchaseColumns log,
        long[] keys,
        int[] positions,
        int start,
        int end,
        CustomerId id,
        List<CustomerSummary> customers,
        List<HoldoutActivity>? holdout,
        List<CustomerId> excluded)
    {
        var firstDay = (int)keys[start];
        if (firstDay >= _calibrationEnd)
        {
            excluded.Add(id);
            return;
        }

        var grouping = _options.PurchaseGrouping;
        var calibration = default(Periods);
        var later = default(Periods);
        var i = start;
        while (i < end)
        {
            var day = (int)keys[i];
            var inCalibration = day <= _calibrationEnd;
            var group = PeriodMath.GroupKey(day, grouping);
            decimal? sum = 0m;
            while (i < end && (int)keys[i] is var d && PeriodMath.GroupKey(d, grouping) == group && (d <= _calibrationEnd) == inCalibration)
            {
                sum = sum + log.Amount[positions[i]];
                i++;
            }

            if (inCalibration)
            {
                calibration.Add(day, sum);
            }
            else
            {
                later.Add(day, sum);
            }
        }

        var first = PeriodMath.FromDayNumber(firstDay);
        var calibrationEnd = PeriodMath.FromDayNumber(_calibrationEnd);
        var x = calibration.Count - 1;
        var recency = x == 0 ? 0d : PeriodMath.Between(first, PeriodMath.FromDayNumber(calibration.LastDay), _options.Unit);
        var age = PeriodMath.Between(first, calibrationEnd, _options.Unit);
        var value = x == 0 || calibration.RepeatSum is not { } s ? (decimal?)null : s / x;
        customers.Add(new CustomerSummary(x, Math.Min(recency, age), age, id, value));
        holdout?.Add(new HoldoutActivity(later.Count, later.Count == 0 || later.Sum is not { } h ? null : h / later.Count));
    }

    /// <summary>A running tally of one side's purchase periods: count, the last one's day, sums with and without the first.</summary>
    private struct Periods
    {
        public int Count;
        public int LastDay;
        public decimal? Sum;
        public decimal? RepeatSum;

        public void Add(int day, decimal? amount)
        {
            Sum = Count == 0 ? amount : Sum + amount;
            RepeatSum = Count == 0 ? 0m : RepeatSum + amount;
            Count++;
            LastDay = day;
        }
    }
}
