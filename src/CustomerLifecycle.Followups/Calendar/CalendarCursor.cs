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
internal sealed class CalendarCursor
{
    private static readonly Duration Margin = Duration.FromDays(2);

    private const int DayWindow = 512;

    // Recently seen local dates by day number since 1970-01-01 (modulo the window); days from 1970 up to DateRange only.
    private const int DateWindow = 1024;
    private const int DateRange = 1_000_000;
    private static readonly LocalDate UnixEpochDate = new(1970, 1, 1);
    private readonly DateSlot[]? _dates;

    // Per rules key (see ContactCalendar.RulesKey), the stretches of recently seen days, indexed by day key modulo the window.
    private readonly DayEntry[]?[]? _days;
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
            _days = new DayEntry[]?[ContactCalendar.RulesKeyCount];
            _dates = new DateSlot[DateWindow];
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

        if (!Covers(instant))
        {
            MoveTo(instant);
        }

        _lastLocal = _dates is null ? instant.WithOffset(_offset).LocalDateTime : LocalOf(instant);
        _lastInstant = instant;
        _hasLast = true;
        return _lastLocal;
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

    /// <summary>The local date-time of an instant in the cached interval: its day number looked up among the recently seen
    /// dates instead of computing year, month and day again.</summary>
    private LocalDateTime LocalOf(Instant instant)
    {
        var local = instant - NodaConstants.UnixEpoch + _offsetDuration;
        if (local < Duration.Zero || local.Days >= DateRange)
        {
            return instant.WithOffset(_offset).LocalDateTime;
        }

        var day = local.Days;
        ref var slot = ref _dates![day & (DateWindow - 1)];
        if (slot.Date == default || slot.Day != day)
        {
            slot.Day = day;
            slot.Date = UnixEpochDate.PlusDays(day);
        }

        return slot.Date + LocalTime.FromNanosecondsSinceMidnight(local.NanosecondOfDay);
    }

    /// <summary>The same as <c>ResolveLenient(local.PlusDays(days))</c> where <paramref name="local"/> is <c>ToLocal(instant)</c>:
    /// when the instant and the instant whole days later share one zone interval, well inside it, the local date-time
    /// <paramref name="days"/> days later maps to exactly that instant, with no date arithmetic.</summary>
    public Instant PlusDays(Instant instant, LocalDateTime local, int days)
    {
        var later = instant + Duration.FromDays(days);
        return Covers(instant) && WellInside(later) ? later : ResolveLenient(local.PlusDays(days));
    }

    /// <summary>The allowed stretches of a local date under the rules (at most 2), as <see cref="ContactCalendar.Stretches"/> computes them.</summary>
    public int Stretches(LocalDate date, ContactRules rules, Span<ContactCalendar.Stretch> into) => Stretches(date, rules, into, out _);

    /// <summary>The allowed stretches of a local date, and whether the last of them is known to end before the next day starts
    /// (then no stretch of a later day can continue it); false when there is none or when not known.</summary>
    private int Stretches(LocalDate date, ContactRules rules, Span<ContactCalendar.Stretch> into, out bool endsBeforeNextDay)
    {
        var key = ContactCalendar.RulesKey(rules);
        if (_days is null)
        {
            endsBeforeNextDay = false;
            return Calendar.Stretches(date, rules, this, into);
        }

        var day = DayKey(date);
        var days = _days[key] ??= new DayEntry[DayWindow];
        ref var slot = ref days[day & (DayWindow - 1)];
        if (slot.Day != day)
        {
            Span<ContactCalendar.Stretch> fresh = stackalloc ContactCalendar.Stretch[2];
            var n = Calendar.Stretches(date, rules, this, fresh);
            slot.Day = day;
            slot.Count = n;
            slot.First = n > 0 ? fresh[0] : default;
            slot.Second = n > 1 ? fresh[1] : default;
            // Only where the next midnight maps to one instant well inside a zone interval (never near a transition, so never
            // on a day skipped whole, which has no start): elsewhere the next day is read as before.
            slot.EndsBeforeNextDay = n > 0 && TryUnique(NextDay(date).AtMidnight(), out var nextDay) && fresh[n - 1].End < nextDay;
        }

        endsBeforeNextDay = slot.EndsBeforeNextDay;

        if (slot.Count > 0)
        {
            into[0] = slot.First;
        }

        if (slot.Count > 1)
        {
            into[1] = slot.Second;
        }

        return slot.Count;
    }

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

    public bool IsAllowed(Instant instant, ContactRules rules)
    {
        Span<ContactCalendar.Stretch> buffer = stackalloc ContactCalendar.Stretch[2];
        var n = Stretches(ToLocal(instant).Date, rules, buffer);
        for (var i = 0; i < n; i++)
        {
            if (buffer[i].Contains(instant))
            {
                return true;
            }
        }

        return false;
    }

    public Instant? NextAllowed(Instant from, ContactRules rules)
    {
        Span<ContactCalendar.Stretch> buffer = stackalloc ContactCalendar.Stretch[2];
        var date = ToLocal(from).Date;
        for (var day = 0; day <= ContactCalendar.SearchDays; day++, date = NextDay(date))
        {
            var n = Stretches(date, rules, buffer);
            for (var i = 0; i < n; i++)
            {
                if (buffer[i].End > from)
                {
                    return buffer[i].Start > from ? buffer[i].Start : from;
                }
            }
        }

        return null;
    }

    public Instant? PreviousAllowed(Instant before, ContactRules rules, Duration lead)
    {
        Span<ContactCalendar.Stretch> buffer = stackalloc ContactCalendar.Stretch[2];
        var date = ToLocal(before).Date;
        for (var day = 0; day <= ContactCalendar.SearchDays; day++, date = PreviousDay(date))
        {
            var n = Stretches(date, rules, buffer);
            for (var i = n - 1; i >= 0; i--)
            {
                var s = buffer[i];
                if (s.Start < before)
                {
                    var end = s.End < before ? s.End : before;
                    var start = end - lead;
                    return start > s.Start ? start : s.Start;
                }
            }
        }

        return null;
    }

    /// <summary>See <see cref="ContactCalendar.AllowedUntil"/>; the caller has checked that <paramref name="limit"/> is after <paramref name="allowed"/>.</summary>
    public Instant AllowedUntil(Instant allowed, ContactRules rules, Instant limit)
    {
        Span<ContactCalendar.Stretch> buffer = stackalloc ContactCalendar.Stretch[2];
        var date = ToLocal(allowed).Date;
        Instant? end = null;
        for (var day = 0; day <= ContactCalendar.SearchDays; day++, date = NextDay(date))
        {
            var n = Stretches(date, rules, buffer, out var endsBeforeNextDay);
            for (var i = 0; i < n; i++)
            {
                var s = buffer[i];
                if (end is null)
                {
                    if (s.Contains(allowed))
                    {
                        end = s.End;
                    }
                }
                else if (s.Start == end.Value)
                {
                    end = s.End;
                }
                else if (s.Start > end.Value)
                {
                    return end.Value < limit ? end.Value : limit;
                }

                if (end is { } e && e >= limit)
                {
                    return limit;
                }
            }

            if (end is null && day == 0)
            {
                throw new ArgumentException($"The instant {allowed} is not allowed under {rules}.", nameof(allowed));
            }

            // Every stretch of a later day starts at or after that day's start, so none can start where this one ends.
            if (endsBeforeNextDay && end is { } last)
            {
                return last < limit ? last : limit;
            }
        }

        return end!.Value < limit ? end.Value : limit;
    }

    /// <summary>The same as <c>date.PlusDays(1)</c>, without counting days from the epoch inside a month.</summary>
    private static LocalDate NextDay(LocalDate date) =>
        date.Day < 28 && date.Calendar == CalendarSystem.Iso ? new LocalDate(date.Year, date.Month, date.Day + 1) : date.PlusDays(1);

    /// <summary>The same as <c>date.PlusDays(-1)</c>, without counting days from the epoch inside a month.</summary>
    private static LocalDate PreviousDay(LocalDate date) =>
        date.Day > 1 && date.Calendar == CalendarSystem.Iso ? new LocalDate(date.Year, date.Month, date.Day - 1) : date.PlusDays(-1);

    /// <summary>A number unique to each ISO date, cheap to compute (no day counting); never 0 (months start at 1).</summary>
    private static int DayKey(LocalDate date) => (date.Year * 416) + (date.Month * 32) + date.Day;

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

    private struct DateSlot
    {
        public int Day;
        public LocalDate Date; // default: empty
    }

    private struct DayEntry
    {
        public int Day; // 0: empty
        public int Count;
        public ContactCalendar.Stretch First;
        public ContactCalendar.Stretch Second;
        public bool EndsBeforeNextDay;
    }
}
