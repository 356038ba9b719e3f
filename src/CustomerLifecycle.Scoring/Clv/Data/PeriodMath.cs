using NodaTime;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>Lengths between calendar dates in a <see cref="PeriodUnit"/>, and the purchase-grouping keys.</summary>
internal static class PeriodMath
{
    /// <summary>The time from <paramref name="from"/> to <paramref name="to"/> (to ≥ from) in <paramref name="unit"/>.</summary>
    public static double Between(LocalDate from, LocalDate to, PeriodUnit unit)
    {
        var days = to.ToDateOnly().DayNumber - from.ToDateOnly().DayNumber;
        switch (unit)
        {
            case PeriodUnit.Day:
                return days;
            case PeriodUnit.Week:
                return days / 7d;
            default:
                var months = Period.Between(from, to, PeriodUnits.Months).Months;
                var anchor = from.PlusMonths(months);
                var next = from.PlusMonths(months + 1);
                var rest = to.ToDateOnly().DayNumber - anchor.ToDateOnly().DayNumber;
                var length = next.ToDateOnly().DayNumber - anchor.ToDateOnly().DayNumber;
                return months + ((double)rest / length);
        }
    }

    /// <summary>A number equal for two day numbers exactly when they fall in the same grouping period.</summary>
    public static int GroupKey(int dayNumber, PeriodUnit grouping)
    {
        switch (grouping)
        {
            case PeriodUnit.Day:
                return dayNumber;
            case PeriodUnit.Week:
                // DayNumber 0 (0001-01-01) is a Monday: whole weeks since then are ISO weeks.
                return dayNumber / 7;
            default:
                var d = DateOnly.FromDayNumber(dayNumber);
                return (d.Year * 12) + d.Month;
        }
    }

    public static LocalDate FromDayNumber(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));
}
