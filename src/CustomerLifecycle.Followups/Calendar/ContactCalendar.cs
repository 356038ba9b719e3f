using System.Runtime.CompilerServices;
using NodaTime;

namespace CustomerLifecycle.Followups.Calendar;

/// <summary>When a customer may be contacted: their time zone, quiet hours per channel, the advisor's business hours, public
/// holidays and make-up working days.</summary>
/// <remarks>
/// <para>Every rule is evaluated in the customer's local time (their IANA zone, NodaTime's tzdb), per local date: a date's
/// allowed stretches are the complement of the channel's quiet hours, intersected with the day's business hours when those
/// apply. A holiday closes business hours, and is quiet all day for the channels that keep holidays (by default
/// <see cref="ContactChannel.Phone"/> and <see cref="ContactChannel.InPerson"/>); a make-up working day opens with
/// <see cref="Calendar.BusinessHours.MakeUpDayHours"/>.</para>
/// <para>DST: a boundary that falls into a gap moves forward by the gap (08:00 that does not exist starts at the first
/// instant after the gap); one that falls into an overlap takes the earlier instant (quiet hours starting at 01:30 on a
/// fall-back night start at the first 01:30). Membership tests (<see cref="IsAllowed"/>) and searches
/// (<see cref="NextAllowed"/>, <see cref="PreviousAllowed"/>) use the same instants, so they always agree.</para>
/// <para>Searches look at most <see cref="SearchDays"/> local days ahead or back, one day at a time (never minute by minute).</para>
/// </remarks>
public sealed class ContactCalendar
{
    /// <summary>How many local days the searches look ahead or back before giving up.</summary>
    public const int SearchDays = 400;

    private const long DayNanos = NodaConstants.NanosecondsPerDay;

    // The channels are numbered 0, 1, 2, … (per-channel arrays are indexed by the value).
    private static readonly int ChannelCount = Enum.GetValues<ContactChannel>().Length;
    private readonly QuietHours[] _quiet;
    private readonly bool[] _keepsHolidays;

    /// <summary>Makes a calendar.</summary>
    /// <param name="defaultZone">The zone of customers whose events name none.</param>
    /// <param name="holidays">Holidays and make-up working days, or null for none.</param>
    /// <param name="businessHours">The advisor's hours, or null for <see cref="Calendar.BusinessHours.Default"/> (Mon–Fri 09:00–18:00).</param>
    /// <param name="quietHours">The quiet hours of every channel, or null for <see cref="Calendar.QuietHours.Default"/> (21:00–08:00).</param>
    /// <exception cref="ArgumentNullException"><paramref name="defaultZone"/> is null.</exception>
    public ContactCalendar(DateTimeZone defaultZone, HolidayCalendar? holidays = null, BusinessHours? businessHours = null, QuietHours? quietHours = null)
    {
        ArgumentNullException.ThrowIfNull(defaultZone);
        DefaultZone = defaultZone;
        Holidays = holidays ?? HolidayCalendar.Empty;
        BusinessHours = businessHours ?? BusinessHours.Default;
        var q = quietHours ?? QuietHours.Default;
        _quiet = [.. Enumerable.Repeat(q, ChannelCount)];
        _keepsHolidays = new bool[ChannelCount];
        _keepsHolidays[(int)ContactChannel.Phone] = true;
        _keepsHolidays[(int)ContactChannel.InPerson] = true;
    }

    private ContactCalendar(ContactCalendar from, HolidayCalendar holidays, BusinessHours hours, QuietHours[] quiet, bool[] keeps)
    {
        DefaultZone = from.DefaultZone;
        Holidays = holidays;
        BusinessHours = hours;
        _quiet = quiet;
        _keepsHolidays = keeps;
    }

    /// <summary>The zone of customers whose events name none.</summary>
    public DateTimeZone DefaultZone { get; }

    /// <summary>Holidays and make-up working days.</summary>
    public HolidayCalendar Holidays { get; }

    /// <summary>The advisor's business hours.</summary>
    public BusinessHours BusinessHours { get; }

    /// <summary>The quiet hours of a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>Its quiet hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not defined.</exception>
    public QuietHours QuietHoursOf(ContactChannel channel) => _quiet[Index(channel)];

    /// <summary>Whether a channel treats public holidays as quiet all day (when quiet hours apply to the contact).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>True for channels that keep holidays.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not defined.</exception>
    public bool KeepsHolidays(ContactChannel channel) => _keepsHolidays[Index(channel)];

    /// <summary>A copy with other quiet hours for one channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="quietHours">Its quiet hours (<see cref="Calendar.QuietHours.None"/> for none).</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not defined.</exception>
    public ContactCalendar WithQuietHours(ContactChannel channel, QuietHours quietHours)
    {
        var q = (QuietHours[])_quiet.Clone();
        q[Index(channel)] = quietHours;
        return new(this, Holidays, BusinessHours, q, _keepsHolidays);
    }

    /// <summary>A copy in which exactly the given channels treat holidays as quiet all day.</summary>
    /// <param name="channels">The channels; may be empty.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A channel is not defined.</exception>
    public ContactCalendar WithHolidayChannels(params ContactChannel[] channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var keeps = new bool[ChannelCount];
        foreach (var c in channels)
        {
            keeps[Index(c)] = true;
        }

        return new(this, Holidays, BusinessHours, _quiet, keeps);
    }

    /// <summary>A copy with other holidays.</summary>
    /// <param name="holidays">The holidays and make-up working days.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null.</exception>
    public ContactCalendar WithHolidays(HolidayCalendar holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return new(this, holidays, BusinessHours, _quiet, _keepsHolidays);
    }

    /// <summary>A copy with other business hours.</summary>
    /// <param name="businessHours">The advisor's hours.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="businessHours"/> is null.</exception>
    public ContactCalendar WithBusinessHours(BusinessHours businessHours)
    {
        ArgumentNullException.ThrowIfNull(businessHours);
        return new(this, Holidays, businessHours, _quiet, _keepsHolidays);
    }

    /// <summary>The advisor's hours on a local date: null on a holiday or a closed weekday, the make-up hours on a make-up working day.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The hours, or null when closed.</returns>
    public DailyHours? WorkingHoursOn(LocalDate date) =>
        Holidays.IsMakeUpWorkday(date) ? BusinessHours.MakeUpDayHours
        : Holidays.IsHoliday(date) ? null
        : BusinessHours.On(date.DayOfWeek);

    /// <summary>Whether a contact at an instant keeps the rules.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="zone">The customer's zone, or null for <see cref="DefaultZone"/>.</param>
    /// <returns>True when allowed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rules' channel is not defined.</exception>
    public bool IsAllowed(Instant instant, ContactRules rules, DateTimeZone? zone = null) =>
        Cursor(zone).IsAllowed(instant, rules);

    /// <summary>The first allowed instant at or after <paramref name="from"/>.</summary>
    /// <param name="from">Where to start.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="zone">The customer's zone, or null for <see cref="DefaultZone"/>.</param>
    /// <returns>The instant, or null when none lies within <see cref="SearchDays"/> days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rules' channel is not defined.</exception>
    public Instant? NextAllowed(Instant from, ContactRules rules, DateTimeZone? zone = null) =>
        Cursor(zone).NextAllowed(from, rules);

    /// <summary>The start of the latest allowed slot before <paramref name="before"/>: the later of the start of the last
    /// allowed stretch that begins before it and <paramref name="lead"/> before that stretch's end (or <paramref name="before"/>, if earlier).</summary>
    /// <param name="before">The instant the contact must precede.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="lead">How much allowed time to leave before the stretch ends (e.g. 1 hour: a reminder moved out of the
    /// night lands at 20:00 when quiet hours start at 21:00); positive.</param>
    /// <param name="zone">The customer's zone, or null for <see cref="DefaultZone"/>.</param>
    /// <returns>The instant, strictly before <paramref name="before"/> and allowed; or null when none lies within <see cref="SearchDays"/> days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rules' channel is not defined, or <paramref name="lead"/> is not positive.</exception>
    public Instant? PreviousAllowed(Instant before, ContactRules rules, Duration lead, DateTimeZone? zone = null)
    {
        if (lead <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lead), lead, "The lead must be positive.");
        }

        return Cursor(zone).PreviousAllowed(before, rules, lead);
    }

    /// <summary>The end (exclusive) of the allowed stretch that contains <paramref name="allowed"/>, joining stretches that
    /// meet at midnight, but no later than <paramref name="limit"/>.</summary>
    /// <param name="allowed">An allowed instant.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="limit">The latest end to report; after <paramref name="allowed"/>.</param>
    /// <param name="zone">The customer's zone, or null for <see cref="DefaultZone"/>.</param>
    /// <returns>The end, in (<paramref name="allowed"/>, <paramref name="limit"/>].</returns>
    /// <exception cref="ArgumentException"><paramref name="allowed"/> is not allowed, or <paramref name="limit"/> is not after it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rules' channel is not defined.</exception>
    public Instant AllowedUntil(Instant allowed, ContactRules rules, Instant limit, DateTimeZone? zone = null)
    {
        if (limit <= allowed)
        {
            throw new ArgumentException($"The limit ({limit}) must be after the instant ({allowed}).", nameof(limit));
        }

        return Cursor(zone).AllowedUntil(allowed, rules, limit);
    }

    /// <summary>The allowed stretches of one local date as instants, in order, at most 2.</summary>
    internal int Stretches(LocalDate date, ContactRules rules, CalendarCursor zone, Span<Stretch> into)
    {
        var channel = Index(rules.Channel);
        Span<(long From, long To)> local = stackalloc (long, long)[2];
        var n = 1;
        local[0] = (0, DayNanos);
        if (rules.QuietHours)
        {
            if (_keepsHolidays[channel] && Holidays.IsHoliday(date))
            {
                return 0;
            }

            var q = _quiet[channel];
            if (!q.IsNone)
            {
                var s = q.Start.NanosecondOfDay;
                var e = q.End.NanosecondOfDay;
                if (q.CrossesMidnight)
                {
                    local[0] = (e, s);
                }
                else
                {
                    n = 0;
                    if (s > 0)
                    {
                        local[n++] = (0, s);
                    }

                    if (e < DayNanos)
                    {
                        local[n++] = (e, DayNanos);
                    }
                }
            }
        }

        if (rules.BusinessHours)
        {
            if (WorkingHoursOn(date) is not { } hours)
            {
                return 0;
            }

            var open = hours.Open.NanosecondOfDay;
            var close = hours.Close.NanosecondOfDay;
            var m = 0;
            for (var i = 0; i < n; i++)
            {
                var from = Math.Max(local[i].From, open);
                var to = Math.Min(local[i].To, close);
                if (from < to)
                {
                    local[m++] = (from, to);
                }
            }

            n = m;
        }

        var count = 0;
        for (var i = 0; i < n; i++)
        {
            var start = zone.At(date, local[i].From);
            var end = zone.At(date, local[i].To);
            if (start < end)
            {
                into[count++] = new Stretch(start, end);
            }
        }

        return count;
    }

    /// <summary>How many values <see cref="RulesKey"/> takes.</summary>
    internal static int RulesKeyCount => ChannelCount * 4;

    /// <summary>A small number for the rules (channel and both flags), checking the channel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int RulesKey(ContactRules rules)
    {
        var channel = (uint)rules.Channel < (uint)ChannelCount ? (int)rules.Channel : Index(rules.Channel);
        return (channel * 4) + (rules.QuietHours ? 2 : 0) + (rules.BusinessHours ? 1 : 0);
    }

    /// <summary>A cursor for one public call (remembers nothing across calls).</summary>
    private CalendarCursor Cursor(DateTimeZone? zone) => new(this, zone ?? DefaultZone, rememberDays: false);

    private static int Index(ContactChannel channel) => (uint)channel < (uint)ChannelCount
        ? (int)channel
        : throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a defined contact channel.");

    /// <summary>An allowed stretch [Start, End).</summary>
    internal readonly record struct Stretch(Instant Start, Instant End)
    {
        public bool Contains(Instant t) => t >= Start && t < End;
    }
}
