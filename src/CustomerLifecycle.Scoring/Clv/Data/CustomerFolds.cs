using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// One running state per customer, updated purchase by purchase in date order: the first day, the last day seen, the
/// calibration purchase periods (count, the first day of the last one) and the holdout ones (count); 24 bytes per
/// customer whatever the number of purchases. The sums of the amounts (after the first calibration purchase; in the
/// holdout) take 16 bytes more each, kept only once an amount has been folded and the holdout's only with a holdout.
/// The summary rules are those of <see cref="TransactionSummarizer"/>. A continuation (the states of the later part of a
/// log, to be appended to those of the earlier part: CustomerFolds.Merge.cs) also keeps the sum of each customer's first
/// calibration period, which the earlier part decides whether to count.
/// </summary>
internal sealed partial class CustomerFolds
{
    private const byte Disordered = 1;
    private const byte RepeatUnknown = 2;
    private const byte LaterUnknown = 4;
    private const byte OpeningUnknown = 8;

    private readonly PeriodUnit _grouping;
    private readonly int _calibrationEnd;
    private readonly ChunkedArray<State> _states = new();
    private ChunkedArray<decimal>? _repeat;
    private ChunkedArray<decimal>? _later;
    private readonly bool _continuation;
    private ChunkedArray<decimal>? _opening;

    /// <summary>Makes empty states.</summary>
    /// <param name="grouping">Purchases in one such period are one purchase.</param>
    /// <param name="calibrationEnd">The day number of the calibration end, or <see cref="int.MaxValue"/> when every purchase lies in the calibration period.</param>
    /// <param name="capacity">The number of customers expected.</param>
    /// <param name="continuation">Whether these states continue earlier ones (see <see cref="Append"/>): the first calibration period's sum is kept and every sum is checked for rounding.</param>
    public CustomerFolds(PeriodUnit grouping, int calibrationEnd, int capacity = 1, bool continuation = false)
    {
        _grouping = grouping;
        _calibrationEnd = calibrationEnd;
        _continuation = continuation;
        _states.Ensure(capacity);
    }

    private CustomerFolds(CustomerFolds other)
    {
        _grouping = other._grouping;
        _calibrationEnd = other._calibrationEnd;
        _states = other._states.Clone();
        _repeat = other._repeat?.Clone();
        _later = other._later?.Clone();
        _continuation = other._continuation;
        _opening = other._opening?.Clone();
        AnyDisordered = other.AnyDisordered;
        Inexact = other.Inexact;
    }

    /// <summary>Whether a purchase of some customer arrived dated before one already folded.</summary>
    public bool AnyDisordered { get; private set; }

    /// <summary>A copy that folds on independently of this one.</summary>
    public CustomerFolds Clone() => new(this);

    /// <summary>Makes room for customer indexes below <paramref name="count"/>.</summary>
    public void Ensure(int count)
    {
        _states.Ensure(count);
        _repeat?.Ensure(count);
        _later?.Ensure(count);
        _opening?.Ensure(count);
    }

    /// <summary>Starts fetching a customer's state (index below the last <see cref="Ensure"/>), and the sum a purchase on <paramref name="day"/> adds to when sums are kept, into the cache.</summary>
    public void Prefetch(int customer, int day)
    {
        CacheLine.Fetch(ref _states[customer]);
        var sums = day <= _calibrationEnd ? _repeat : _later;
        if (sums is not null)
        {
            CacheLine.Fetch(ref sums[customer]);
        }
    }

    /// <summary>Whether the customer's purchases arrived out of date order, so its state is incomplete.</summary>
    public bool IsDisordered(int customer) => (_states[customer].Flags & Disordered) != 0;

    /// <summary>Forgets a customer's purchases, to fold them again in date order.</summary>
    public void Reset(int customer)
    {
        _states[customer] = default;
        if (_repeat is not null)
        {
            _repeat[customer] = 0m;
        }

        if (_later is not null)
        {
            _later[customer] = 0m;
        }
    }

    /// <summary>
    /// Folds one purchase of a customer (index below the last <see cref="Ensure"/>). A purchase dated before the last one
    /// folded marks the customer disordered: its later purchases are ignored until it is <see cref="Reset"/>.
    /// </summary>
    public void Step(int customer, int day, decimal? amount)
    {
        ref var s = ref _states[customer];
        if (s.CalibrationCount == 0 && s.LaterCount == 0)
        {
            s.First = day;
        }
        else if ((s.Flags & Disordered) != 0)
        {
            return;
        }
        else if (day < s.Last)
        {
            s.Flags |= Disordered;
            AnyDisordered = true;
            return;
        }

        s.Last = day;
        if (day <= _calibrationEnd)
        {
            if (s.CalibrationCount == 0 || !SameGroup(day, s.CalibrationLastDay))
            {
                s.CalibrationCount++;
                s.CalibrationLastDay = day;
            }

            if (s.CalibrationCount > 1)
            {
                if (amount is not { } a)
                {
                    s.Flags |= RepeatUnknown;
                }
                else if (_continuation)
                {
                    Inexact |= !AddExactly(ref Sums(ref _repeat)[customer], a);
                }
                else
                {
                    Sums(ref _repeat)[customer] += a;
                }
            }
            else if (_continuation)
            {
                Opening(customer, ref s, amount);
            }
        }
        else
        {
            if (s.LaterCount == 0 || !SameGroup(day, s.LaterLastDay))
            {
                s.LaterCount++;
                s.LaterLastDay = day;
            }

            if (amount is not { } a)
            {
                s.Flags |= LaterUnknown;
            }
            else if (_continuation)
            {
                Inexact |= !AddExactly(ref Sums(ref _later)[customer], a);
            }
            else
            {
                Sums(ref _later)[customer] += a;
            }
        }
    }

    /// <summary>The latest day folded for the customer, or null when none was.</summary>
    public int? LastDay(int customer) => _states[customer] is { CalibrationCount: 0, LaterCount: 0 } ? null : _states[customer].Last;

    /// <summary>Whether a purchase of the customer was folded.</summary>
    public bool Any(int customer) => _states[customer] is not { CalibrationCount: 0, LaterCount: 0 };

    /// <summary>Whether the customer, with a purchase folded, is left out: the first purchase on or after the calibration end (day number).</summary>
    public bool IsExcluded(int customer, int calibrationEnd) => _states[customer].First >= calibrationEnd;

    /// <summary>The summary of a customer with a purchase folded who is not excluded.</summary>
    public CustomerSummary Summary(int customer, CustomerId id, TransactionSummaryOptions options)
    {
        var row = Row(customer, options);
        return new CustomerSummary(row.Frequency, row.Recency, row.Age, id, row.MonetaryValue);
    }

    /// <summary>The holdout activity of a customer with a purchase folded who is not excluded.</summary>
    public HoldoutActivity Holdout(int customer)
    {
        var value = HoldoutValue(customer, out var frequency);
        return new HoldoutActivity(frequency, value);
    }

    /// <summary>
    /// Adds the customer's summary (or exclusion) to the lists; a customer with no purchase folded adds nothing.
    /// </summary>
    public void Emit(int customer, CustomerId id, TransactionSummaryOptions options, SummaryLists lists)
    {
        if (!Any(customer))
        {
            return;
        }

        if (IsExcluded(customer, (options.CalibrationEnd ?? options.ObservationEnd).ToDateOnly().DayNumber))
        {
            lists.Excluded.Add(id);
            return;
        }

        lists.Customers.Add(Summary(customer, id, options));
        lists.Holdout?.Add(Holdout(customer));
    }

    private ChunkedArray<decimal> Sums(ref ChunkedArray<decimal>? sums)
    {
        if (sums is null)
        {
            sums = new ChunkedArray<decimal>();
            sums.Ensure(_states.Capacity);
        }

        return sums;
    }

    private bool SameGroup(int day, int other) =>
        _grouping == PeriodUnit.Day ? day == other : PeriodMath.GroupKey(day, _grouping) == PeriodMath.GroupKey(other, _grouping);

    /// <summary>A customer's running state: 24 bytes (day numbers stay below 2²⁴, so the flags share a word with the first day).</summary>
    private struct State
    {
        private const int DayMask = 0x00FFFFFF;
        private int _firstAndFlags;

        public int Last;
        public int CalibrationLastDay;
        public int CalibrationCount;
        public int LaterLastDay;
        public int LaterCount;

        public int First
        {
            readonly get => _firstAndFlags & DayMask;
            set => _firstAndFlags = (_firstAndFlags & ~DayMask) | value;
        }

        public byte Flags
        {
            readonly get => (byte)(_firstAndFlags >>> 24);
            set => _firstAndFlags = (_firstAndFlags & DayMask) | (value << 24);
        }
    }
}

/// <summary>The lists a summary is built in: customers, their holdout activity (when there is a holdout), the excluded.</summary>
internal sealed class SummaryLists(int capacity, bool holdout)
{
    public List<CustomerSummary> Customers { get; } = new(capacity);

    public List<HoldoutActivity>? Holdout { get; } = holdout ? new(capacity) : null;

    public List<CustomerId> Excluded { get; } = [];

    /// <summary>The summary of these lists.</summary>
    public TransactionSummary ToSummary(TransactionSummaryOptions options, List<Core.Import.RejectedRow> rejected, IReadOnlyList<Core.Import.RejectedRow> unknown, string? currency)
    {
        return new TransactionSummary(Customers, Holdout, HoldoutLength(options), Excluded, rejected, options.Unit, currency) { UnknownValues = unknown };
    }

    /// <summary>The length of the holdout in the options' unit, or null without a calibration end.</summary>
    public static double? HoldoutLength(TransactionSummaryOptions options) =>
        options.CalibrationEnd is { } c ? PeriodMath.Between(c, options.ObservationEnd, options.Unit) : null;
}
