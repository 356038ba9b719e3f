namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// A customer's summary values read from its running state without an object: what <see cref="Summary"/> and
/// <see cref="Holdout"/> wrap, and what a writer formats straight into its buffer. Reading never changes the states, so
/// several threads may read different (or the same) customers at once.
/// </summary>
internal sealed partial class CustomerFolds
{
    /// <summary>The summary values of a customer with a purchase folded who is not excluded.</summary>
    public SummaryRow Row(int customer, TransactionSummaryOptions options)
    {
        ref readonly var s = ref _states[customer];
        var first = PeriodMath.FromDayNumber(s.First);
        var x = s.CalibrationCount - 1;
        var recency = x == 0 ? 0d : PeriodMath.Between(first, PeriodMath.FromDayNumber(s.CalibrationLastDay), options.Unit);
        var age = PeriodMath.Between(first, options.CalibrationEnd ?? options.ObservationEnd, options.Unit);
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
}

/// <summary>The values of one customer's summary row: the fields of <see cref="CustomerSummary"/> that a summary writes.</summary>
/// <param name="Frequency">Repeat purchase periods x.</param>
/// <param name="Recency">t_x, in the summary's unit.</param>
/// <param name="Age">T, in the summary's unit.</param>
/// <param name="MonetaryValue">The mean repeat value, or null when unknown.</param>
internal readonly record struct SummaryRow(double Frequency, double Recency, double Age, decimal? MonetaryValue);
