using NodaTime;
using NodaTime.TimeZones;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>
/// Elapsed-time arithmetic that counts only business hours: the clock runs inside each day's open periods (local times in
/// a zone) and stops outside them. Open periods come from a function of the local date, so holidays (no periods) and
/// make-up workdays (weekday periods on a weekend) are whatever the calendar says.
/// </summary>
/// <remarks>
/// Local times are mapped to instants with NodaTime's lenient resolver: a period edge inside a DST gap moves forward by the
/// gap, an ambiguous one takes the earlier instant. A period ending at 00:00 ends at the next midnight. Cost is linear in the
/// number of calendar days spanned (no minute stepping).
/// </remarks>
internal static class BusinessTime
{
    /// <summary>The longest stretch searched for the next open period before giving up (ten years).</summary>
    private const int MaxClosedDays = 3660;

    /// <summary>The business time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public static Duration Between(Instant from, Instant to, DateTimeZone zone, Func<LocalDate, IReadOnlyList<(LocalTime Start, LocalTime End)>> openOn)
    {
        if (to <= from)
        {
            return Duration.Zero;
        }

        var total = Duration.Zero;
        var date = from.InZone(zone).Date.PlusDays(-1); // a period of the previous day can reach past midnight only via 00:00 ends; start a day early for safety
        var last = to.InZone(zone).Date;
        for (; date <= last; date = date.PlusDays(1))
        {
            foreach (var (start, end) in Periods(date, zone, openOn))
            {
                var s = start < from ? from : start;
                var e = end > to ? to : end;
                if (e > s)
                {
                    total += e - s;
                }
            }
        }

        return total;
    }

    /// <summary>The instant at which <paramref name="amount"/> of business time has elapsed after <paramref name="from"/>.</summary>
    /// <exception cref="ArgumentException">The calendar has no open period for ten years after <paramref name="from"/>.</exception>
    public static Instant Add(Instant from, Duration amount, DateTimeZone zone, Func<LocalDate, IReadOnlyList<(LocalTime Start, LocalTime End)>> openOn)
    {
        if (amount <= Duration.Zero)
        {
            return from;
        }

        var left = amount;
        var date = from.InZone(zone).Date.PlusDays(-1);
        var closedDays = 0;
        while (true)
        {
            var any = false;
            foreach (var (start, end) in Periods(date, zone, openOn))
            {
                any = true;
                var s = start < from ? from : start;
                if (end <= s)
                {
                    continue;
                }

                var available = end - s;
                if (available >= left)
                {
                    return s + left;
                }

                left -= available;
            }

            closedDays = any ? 0 : closedDays + 1;
            if (closedDays > MaxClosedDays)
            {
                throw new ArgumentException($"The calendar has no business hours in the ten years after {from}; business-hours SLAs cannot be measured.", nameof(openOn));
            }

            date = date.PlusDays(1);
        }
    }

    private static IEnumerable<(Instant Start, Instant End)> Periods(LocalDate date, DateTimeZone zone, Func<LocalDate, IReadOnlyList<(LocalTime Start, LocalTime End)>> openOn)
    {
        foreach (var (start, end) in openOn(date))
        {
            var s = zone.ResolveLocal(date.At(start), Resolvers.LenientResolver).ToInstant();
            var e = end == LocalTime.Midnight
                ? zone.AtStartOfDay(date.PlusDays(1)).ToInstant()
                : zone.ResolveLocal(date.At(end), Resolvers.LenientResolver).ToInstant();
            if (e > s)
            {
                yield return (s, e);
            }
        }
    }
}
