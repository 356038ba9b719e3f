using NodaTime;
using NodaTime.TimeZones;

namespace CustomerLifecycle.Followups;

/// <summary>How far a step's ideal time is from its anchor: either elapsed time on the timeline or a period of the
/// customer's local calendar.</summary>
/// <remarks>
/// <para>"+4 hours" is elapsed time (<see cref="Elapsed"/>): exactly 4 h later, whatever the clocks do. "+7 days" is a
/// calendar period (<see cref="Calendar"/>): the same local clock time 7 days later in the customer's zone, so a 10:00
/// service gives a 10:00 contact across a DST change (the step is 167 or 169 h away then).</para>
/// <para>A calendar result that falls into a DST gap is moved forward by the length of the gap (02:30 on a spring-forward
/// day in America/New_York becomes 03:30); one that falls into an overlap takes the earlier of the two instants.</para>
/// <para>The default value is an elapsed offset of zero.</para>
/// </remarks>
public readonly record struct StepOffset
{
    private StepOffset(Duration elapsed, Period? period)
    {
        ElapsedTime = elapsed;
        CalendarPeriod = period;
    }

    /// <summary>The elapsed offset; zero for a calendar offset.</summary>
    public Duration ElapsedTime { get; }

    /// <summary>The calendar period, or null for an elapsed offset.</summary>
    public Period? CalendarPeriod { get; }

    /// <summary>Whether this is a calendar period rather than elapsed time.</summary>
    public bool IsCalendar => CalendarPeriod is not null;

    /// <summary>Whether the offset points before the anchor (a negative duration, or a period that moves a date backwards).</summary>
    public bool IsBefore => CalendarPeriod is { } p
        ? new LocalDateTime(2000, 1, 1, 0, 0).Plus(p) < new LocalDateTime(2000, 1, 1, 0, 0)
        : ElapsedTime < Duration.Zero;

    /// <summary>An offset in elapsed time.</summary>
    /// <param name="duration">The offset; negative for before the anchor; at most 10 years either way.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> exceeds 10 years either way.</exception>
    public static StepOffset Elapsed(Duration duration) =>
        Duration.FromDays(3653) < (duration < Duration.Zero ? -duration : duration)
            ? throw new ArgumentOutOfRangeException(nameof(duration), duration, "A step offset must be within ±10 years.")
            : new(duration, null);

    /// <summary>An offset in the customer's local calendar.</summary>
    /// <param name="period">The period; all its units of one sign (e.g. -3 days, or 1 month and 2 days); at most 10 years either way.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> mixes positive and negative units.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> exceeds 10 years either way.</exception>
    public static StepOffset Calendar(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        long[] units = [period.Years, period.Months, period.Weeks, period.Days, period.Hours, period.Minutes, period.Seconds, period.Milliseconds, period.Ticks, period.Nanoseconds];
        if (units.Any(u => u > 0) && units.Any(u => u < 0))
        {
            throw new ArgumentException($"A calendar offset must not mix positive and negative units; got {period}.", nameof(period));
        }

        var origin = new LocalDateTime(2000, 1, 1, 0, 0);
        var moved = origin.Plus(period);
        if (moved > origin.PlusYears(10) || moved < origin.PlusYears(-10))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "A step offset must be within ±10 years.");
        }

        return new(Duration.Zero, period.Normalize());
    }

    /// <summary>The instant this offset away from <paramref name="anchor"/> for a customer in <paramref name="zone"/>.</summary>
    /// <param name="anchor">The anchor instant.</param>
    /// <param name="zone">The customer's zone (used by calendar offsets only).</param>
    /// <returns>The ideal instant; calendar results in a DST gap move forward by the gap, in an overlap take the earlier instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public Instant From(Instant anchor, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return CalendarPeriod is { } p
            ? zone.ResolveLocal(anchor.InZone(zone).LocalDateTime.Plus(p), Resolvers.LenientResolver).ToInstant()
            : anchor + ElapsedTime;
    }

    /// <summary>The offset as ISO-8601 text: a duration such as <c>PT4H</c> or <c>-PT30M</c> (elapsed) or a period such as <c>P7D</c> (calendar, shown as <c>cal:P7D</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => CalendarPeriod is { } p
        ? $"cal:{p}"
        : (ElapsedTime < Duration.Zero ? "-" + Period.FromTicks((-ElapsedTime).BclCompatibleTicks).Normalize() : Period.FromTicks(ElapsedTime.BclCompatibleTicks).Normalize().ToString());
}
