using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// One running state per customer, updated purchase by purchase in date order: the first day, the last day seen, the
/// calibration purchase periods (count, the first day of the last one, the sum after the first) and the holdout ones
/// (count, sum). 64 bytes per customer, whatever the number of purchases; the summary rules are those of
/// <see cref="TransactionSummarizer"/>.
/// </summary>
internal sealed class CustomerFolds
{
    private const byte Disordered = 1;
    private const byte RepeatUnknown = 2;
    private const byte LaterUnknown = 4;

    private readonly PeriodUnit _grouping;
    private readonly int _calibrationEnd;
    private State[] _states;

    /// <summary>Makes empty states.</summary>
    /// <param name="grouping">Purchases in one such period are one purchase.</param>
    /// <param name="calibrationEnd">The day number of the calibration end, or <see cref="int.MaxValue"/> when every purchase lies in the calibration period.</param>
    /// <param name="capacity">The number of customers expected.</param>
    public CustomerFolds(PeriodUnit grouping, int calibrationEnd, int capacity = 0)
    {
        _grouping = grouping;
        _calibrationEnd = calibrationEnd;
        _states = new State[Math.Max(capacity, 16)];
    }

    /// <summary>Whether a purchase of some customer arrived dated before one already folded.</summary>
    public bool AnyDisordered { get; private set; }

    /// <summary>Makes room for customer indexes below <paramref name="count"/>.</summary>
    public void Ensure(int count)
    {
        if (count > _states.Length)
        {
            Array.Resize(ref _states, Math.Max(count, (int)Math.Min(Array.MaxLength, _states.Length * 2L)));
        }
    }

    /// <summary>Whether the customer's purchases arrived out of date order, so its state is incomplete.</summary>
    public bool IsDisordered(int customer) => (_states[customer].Flags & Disordered) != 0;

    /// <summary>Forgets a customer's purchases, to fold them again in date order.</summary>
    public void Reset(int customer) => _states[customer] = default;

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
                Accumulate(ref s.Repeat, ref s.Flags, RepeatUnknown, amount);
            }
        }
        else
        {
            if (s.LaterCount == 0 || !SameGroup(day, s.LaterLastDay))
            {
                s.LaterCount++;
                s.LaterLastDay = day;
            }

            Accumulate(ref s.Later, ref s.Flags, LaterUnknown, amount);
        }
    }

    /// <summary>The latest day folded for the customer, or null when none was.</summary>
    public int? LastDay(int customer) => _states[customer] is { CalibrationCount: 0, LaterCount: 0 } ? null : _states[customer].Last;

    /// <summary>
    /// Adds the customer's summary (or exclusion) to the lists; a customer with no purchase folded adds nothing.
    /// </summary>
    public void Emit(int customer, CustomerId id, TransactionSummaryOptions options, SummaryLists lists)
    {
        ref readonly var s = ref _states[customer];
        if (s.CalibrationCount == 0 && s.LaterCount == 0)
        {
            return;
        }

        var calibrationEnd = options.CalibrationEnd ?? options.ObservationEnd;
        if (s.First >= calibrationEnd.ToDateOnly().DayNumber)
        {
            lists.Excluded.Add(id);
            return;
        }

        var first = PeriodMath.FromDayNumber(s.First);
        var x = s.CalibrationCount - 1;
        var recency = x == 0 ? 0d : PeriodMath.Between(first, PeriodMath.FromDayNumber(s.CalibrationLastDay), options.Unit);
        var age = PeriodMath.Between(first, calibrationEnd, options.Unit);
        var value = x == 0 || (s.Flags & RepeatUnknown) != 0 ? (decimal?)null : s.Repeat / x;
        lists.Customers.Add(new CustomerSummary(x, Math.Min(recency, age), age, id, value));
        lists.Holdout?.Add(new HoldoutActivity(s.LaterCount, s.LaterCount == 0 || (s.Flags & LaterUnknown) != 0 ? null : s.Later / s.LaterCount));
    }

    private static void Accumulate(ref decimal sum, ref byte flags, byte unknown, decimal? amount)
    {
        if (amount is { } a)
        {
            sum += a;
        }
        else
        {
            flags |= unknown;
        }
    }

    private bool SameGroup(int day, int other) =>
        _grouping == PeriodUnit.Day ? day == other : PeriodMath.GroupKey(day, _grouping) == PeriodMath.GroupKey(other, _grouping);

    private struct State
    {
        public int First;
        public int Last;
        public int CalibrationLastDay;
        public int CalibrationCount;
        public int LaterLastDay;
        public int LaterCount;
        public byte Flags;
        public decimal Repeat;
        public decimal Later;
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
        double? holdoutLength = options.CalibrationEnd is { } c ? PeriodMath.Between(c, options.ObservationEnd, options.Unit) : null;
        return new TransactionSummary(Customers, Holdout, holdoutLength, Excluded, rejected, options.Unit, currency) { UnknownValues = unknown };
    }
}
