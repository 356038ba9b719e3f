using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.TimeZones;

namespace CustomerLifecycle.Followups.Calendar;

/// <summary>A <see cref="ContactCalendar"/> read in one zone, with the zone interval last used and (optionally) the allowed
/// stretches of recently seen days remembered: the planner's way to ask many questions of one calendar cheaply.</summary>
/// <remarks>
/// <para>Mutable scratch owned by one planning run (or one public calendar call) and never shared between threads; every
/// answer equals what NodaTime's own conversions give (<see cref="DateTimeZone.ResolveLocal(LocalDateTime, ZoneLocalMappingResolver)"/>
/// with the lenient resolver, <see cref="DateTimeZone.AtStartOfDay"/>, <see cref="Instant.InZone(DateTimeZone)"/>).</para>
/// <para>A local date-time is converted with the offset of the cached zone interval only when its instant lies at least
/// <see cref="Margin"/> inside that interval: no zone changes its offset by more than a day, so such a local time maps to
/// exactly one instant and no resolver is needed. Near a transition the cursor asks NodaTime.</para>
/// </remarks>
internal sealed partial class CalendarCursor
{
    private static readonly Duration Margin = Duration.FromDays(2);

    // Recently seen local dates by day number since 1970-01-01 (modulo the window); days from 1970 up to DateRange only.
    private const int DateWindow = 1024;
    private const int DateRange = 1_000_000;
    private static readonly LocalDate UnixEpochDate = new(1970, 1, 1);
    private readonly DateSlot[]? _dates;
    private readonly MonthSlot[]? _monthsLater;

    private Instant _start;
    private Instant _end;
    private bool _hasStart;
    private bool _hasEnd;
    private bool _hasInterval;
    private Offset _offset;
    private Duration _offsetDuration;
    private Instant _lastInstant;
    private LocalDateTime _lastLocal;
    private bool _hasLast;

    /// <summary>Makes a cursor.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="zone">The zone it is read in.</param>
    /// <param name="rememberDays">Whether to remember the stretches of recently seen days (planner runs); public one-off calls do not.</param>
    public CalendarCursor(ContactCalendar calendar, DateTimeZone zone, bool rememberDays)
    {
        Calendar = calendar;
        Zone = zone;
        if (rememberDays)
        {
            // A day's entry records its rules key in a byte.
            System.Diagnostics.Debug.Assert(ContactCalendar.RulesKeyCount < NoKey, "Rules keys must fit in a byte.");
            _days = new DayEntry[]?[ContactCalendar.RulesKeyCount];
            _dates = new DateSlot[DateWindow];
            _monthsLater = new MonthSlot[DateWindow];
        }
    }

    public ContactCalendar Calendar { get; }

    public DateTimeZone Zone { get; }

    /// <summary>The same as <c>instant.InZone(Zone).LocalDateTime</c>.</summary>
    public LocalDateTime ToLocal(Instant instant)
    {
        if (_hasLast && instant == _lastInstant)
        {
            return _lastLocal;
        }

        var local = ToLocal(instant, out _);
        _lastLocal = local;
        _lastInstant = instant;
        _hasLast = true;
        return local;
    }

    /// <summary>The same as <see cref="ToLocal(Instant)"/> (without its memory of the last instant), with the local date's day
    /// number (<see cref="DayNumber(Instant)"/>) from the same conversion. When remembering, the date is looked up among the recently
    /// seen dates by its day number instead of computing year, month and day again.</summary>
    private LocalDateTime ToLocal(Instant instant, out int day)
    {
        day = DayNumber(instant, out var nanoOfDay);
        return _dates is null || day < 0 || day >= DateRange
            ? instant.WithOffset(_offset).LocalDateTime
            : DateOf(day) + LocalTime.FromNanosecondsSinceMidnight(nanoOfDay);
    }

    /// <summary>The same as <c>Zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant()</c>.</summary>
    public Instant ResolveLenient(LocalDateTime local)
    {
        if (TryUnique(local, out var instant))
        {
            return instant;
        }

        return Zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();
    }

    /// <summary>The local date of an instant as a day number: days since 1970-01-01 (ISO), negative before; ordered as the
    /// dates are. The same date as <c>ToLocal(instant).Date</c>, without making it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int DayNumber(Instant instant) => DayNumber(instant, out _);

    /// <summary>The local date (as a day number, see <see cref="DayNumber(Instant)"/>) and the local time of day of an
    /// instant: the same date and time as <see cref="ToLocal(Instant)"/>, without making either.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="nanoOfDay">The local time of day, in nanoseconds since midnight.</param>
    /// <returns>The day number.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int DayNumber(Instant instant, out long nanoOfDay)
    {
        if (!Covers(instant))
        {
            MoveTo(instant);
        }

        // Duration.Days truncates towards zero and NanosecondOfDay is negative for negative durations: before 1970 the
        // day is one less and the time of day one day more when the time of day is not midnight.
        var local = instant - NodaConstants.UnixEpoch + _offsetDuration;
        var nanos = local.NanosecondOfDay;
        if (nanos < 0)
        {
            nanoOfDay = nanos + NodaConstants.NanosecondsPerDay;
            return local.Days - 1;
        }

        nanoOfDay = nanos;
        return local.Days;
    }

    /// <summary>The local date of a day number (see <see cref="DayNumber(Instant)"/>), from the recently seen dates when remembering.</summary>
    public LocalDate DateOf(int day)
    {
        if (_dates is null || day < 0)
        {
            return UnixEpochDate.PlusDays(day);
        }

        ref var slot = ref _dates[day & (DateWindow - 1)];
        if (slot.Date == default || slot.Day != day)
        {
            slot.Day = day;
            slot.Date = UnixEpochDate.PlusDays(day);
        }

        return slot.Date;
    }

    /// <summary>The same as <c>ResolveLenient(ToLocal(instant).PlusDays(days))</c>: when the instant and the instant whole days
    /// later share one zone interval, well inside it, the local date-time <paramref name="days"/> days later maps to exactly
    /// that instant, with no date arithmetic (and no local time made).</summary>
    public Instant PlusDays(Instant instant, int days)
    {
        var later = instant + Duration.FromDays(days);
        return Covers(instant) && WellInside(later) ? later : PlusLocalDays(instant, days);
    }

    /// <summary>The same as <c>ResolveLenient(ToLocal(instant).Date.PlusMonths(months) + ToLocal(instant).TimeOfDay)</c>: the
    /// local date some months later (the day of month cut to the month's length), at the same local time; that date's day
    /// number is remembered for the instant's date when remembering, and the instant is then found as whole days later.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="months">How many months later (negative: earlier).</param>
    /// <returns>The instant.</returns>
    public Instant PlusMonths(Instant instant, int months)
    {
        var day = DayNumber(instant);
        return PlusDays(instant, MonthsLater(day, months) - day);
    }

    /// <summary>The day number of the date <paramref name="months"/> months after the date of day number
    /// <paramref name="day"/>, remembered (by the earlier date) when remembering days.</summary>
    private int MonthsLater(int day, int months)
    {
        if (_monthsLater is null || day < 0)
        {
            return Later();
        }

        ref var slot = ref _monthsLater[day & (DateWindow - 1)];
        if (!slot.Filled || slot.Day != day || slot.Months != months)
        {
            slot = new MonthSlot(true, day, months, Later());
        }

        return slot.Later;

        int Later() => Period.Between(UnixEpochDate, DateOf(day).PlusMonths(months), PeriodUnits.Days).Days;
    }

    /// <summary>The slow path of <see cref="PlusDays"/>, out of line so that callers inlining the fast path stay small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Instant PlusLocalDays(Instant instant, int days) => ResolveLenient(ToLocal(instant).PlusDays(days));

    /// <summary>The instant of <paramref name="nanoOfDay"/> nanoseconds into a local date (0 is the start of the day, a whole
    /// day the start of the next), as <see cref="ContactCalendar"/> defines it: start of day by <see cref="DateTimeZone.AtStartOfDay"/>,
    /// other times resolved leniently.</summary>
    public Instant At(LocalDate date, long nanoOfDay)
    {
        if (nanoOfDay >= NodaConstants.NanosecondsPerDay)
        {
            date = date.PlusDays(1);
            nanoOfDay = 0;
        }

        var local = nanoOfDay == 0 ? date.AtMidnight() : date.At(LocalTime.FromNanosecondsSinceMidnight(nanoOfDay));
        if (TryUnique(local, out var instant))
        {
            return instant;
        }

        return nanoOfDay == 0
            ? Zone.AtStartOfDay(date).ToInstant()
            : Zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Covers(Instant instant) =>
        _hasInterval && (!_hasStart || instant >= _start) && (!_hasEnd || instant < _end);

    private void MoveTo(Instant instant)
    {
        var interval = Zone.GetZoneInterval(instant);
        _hasStart = interval.HasStart;
        _hasEnd = interval.HasEnd;
        _start = _hasStart ? interval.Start : default;
        _end = _hasEnd ? interval.End : default;
        _offset = interval.WallOffset;
        _offsetDuration = Duration.FromSeconds(_offset.Seconds);
        _hasInterval = true;
    }

    /// <summary>Maps a local date-time with the cached interval's offset when the mapping is certainly unique (well inside the
    /// interval); moves the cache once if the local time belongs to another interval.</summary>
    private bool TryUnique(LocalDateTime local, out Instant instant)
    {
        if (local.Year is < -9000 or > 9000)
        {
            instant = default;
            return false;
        }

        if (!_hasInterval)
        {
            MoveTo(local.InUtc().ToInstant());
        }

        instant = local.WithOffset(_offset).ToInstant();
        if (WellInside(instant))
        {
            return true;
        }

        MoveTo(instant);
        instant = local.WithOffset(_offset).ToInstant();
        return WellInside(instant);
    }

    private bool WellInside(Instant instant) =>
        (!_hasStart || instant - _start >= Margin) && (!_hasEnd || _end - instant > Margin);

    /// <summary>A date's day number some months later (see <see cref="MonthsLater"/>).</summary>
    private readonly record struct MonthSlot(bool Filled, int Day, int Months, int Later);

    private struct DateSlot
    {
        public int Day;
        public LocalDate Date; // default: empty
    }
}
