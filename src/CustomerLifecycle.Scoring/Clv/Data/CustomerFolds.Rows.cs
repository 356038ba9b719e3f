using NodaTime;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// A customer's summary values read from its running state without an object: what <see cref="Summary"/> and
/// <see cref="Holdout"/> wrap, and what a writer formats straight into its buffer. Reading never changes the states, so
/// several threads may read different (or the same) customers at once.
/// </summary>
internal sealed partial class CustomerFolds
{
    /// <summary>The summary values of a customer with a purchase folded who is not excluded.</summary>
    public SummaryRow Row(int customer, TransactionSummaryOptions options) => Row(customer, new RowWindow(options));

    /// <summary>The summary values of a customer with a purchase folded who is not excluded, in a window made once for many rows.</summary>
    public SummaryRow Row(int customer, in RowWindow window)
    {
        ref readonly var s = ref _states[customer];
        var x = s.CalibrationCount - 1;
        double recency, age;
        if (window.Unit is PeriodUnit.Day or PeriodUnit.Week)
        {
            // A whole number of days over 1 or 7: what PeriodMath.Between gives from the dates, without making them.
            var divisor = window.Unit == PeriodUnit.Day ? 1d : 7d;
            recency = x == 0 ? 0d : (s.CalibrationLastDay - s.First) / divisor;
            age = (window.EndDay - s.First) / divisor;
        }
        else
        {
            var first = PeriodMath.FromDayNumber(s.First);
            recency = x == 0 ? 0d : PeriodMath.Between(first, PeriodMath.FromDayNumber(s.CalibrationLastDay), window.Unit);
            age = PeriodMath.Between(first, window.End, window.Unit);
        }

        var value = x == 0 || (s.Flags & RepeatUnknown) != 0 ? (decimal?)null : (_repeat is null ? 0m : _repeat[customer]) / x;
        return new SummaryRow(x, Math.Min(recency, age), age, value);
    }

    /// <summary>The holdout's mean value of a customer with a purchase folded (null when none or unknown), and its holdout purchase periods.</summary>
    public decimal? HoldoutValue(int customer, out int frequency)
    {
        ref readonly var s = ref _states[customer];
        frequency = s.LaterCount;
        return s.LaterCount == 0 || (s.Flags & LaterUnknown) != 0 ? null : (_later is null ? 0m : _later[customer]) / s.LaterCount;
    }

    /// <summary>Starts fetching what <see cref="Row(int, in RowWindow)"/> and <see cref="HoldoutValue"/> read of a customer (its state and sums) into the cache.</summary>
    public void PrefetchRow(int customer)
    {
        CacheLine.Fetch(ref _states[customer]);
        if (_repeat is not null)
        {
            CacheLine.Fetch(ref _repeat[customer]);
        }

        if (_later is not null)
        {
            CacheLine.Fetch(ref _later[customer]);
        }
    }
}

/// <summary>The values of one customer's summary row: the fields of <see cref="CustomerSummary"/> that a summary writes.</summary>
/// <param name="Frequency">Repeat purchase periods x.</param>
/// <param name="Recency">t_x, in the summary's unit.</param>
/// <param name="Age">T, in the summary's unit.</param>
/// <param name="MonetaryValue">The mean repeat value, or null when unknown.</param>
internal readonly record struct SummaryRow(double Frequency, double Recency, double Age, decimal? MonetaryValue);

/// <summary>What every row of a summary shares: the unit, and the end its ages run to (the calibration end, else the observation end), also as a day number.</summary>
internal readonly struct RowWindow
{
    /// <summary>The window of <paramref name="options"/>.</summary>
    public RowWindow(TransactionSummaryOptions options)
    {
        Unit = options.Unit;
        End = options.CalibrationEnd ?? options.ObservationEnd;
        EndDay = End.ToDateOnly().DayNumber;
    }

    /// <summary>The unit of recency and age.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>The day ages run to.</summary>
    public LocalDate End { get; }

    /// <summary><see cref="End"/>'s day number.</summary>
    public int EndDay { get; }
}
