using NodaTime;

namespace CustomerLifecycle.Followups.Calendar;

/// <summary>The rule questions of a <see cref="CalendarCursor"/>: whether an instant is allowed, the next and previous allowed
/// instants, and where an allowed stretch ends. Days are numbered (days since 1970-01-01 in the zone), so a search steps from
/// one day to the next by adding one, and a remembered day is found by its number without making its local date.</summary>
internal sealed partial class CalendarCursor
{
    private const int DayWindow = 512;

    // Per rules key (see ContactCalendar.RulesKey), the stretches of recently seen days, indexed by day number modulo the window.
    private readonly DayEntry[]?[]? _days;

    // The day last read when nothing is remembered (public one-off calls).
    private DayEntry _scratch;

    public bool IsAllowed(Instant instant, ContactRules rules)
    {
        ref readonly var e = ref Entry(DayOf(instant), rules);
        return (e.Count > 0 && e.First.Contains(instant)) || (e.Count > 1 && e.Second.Contains(instant));
    }

    public Instant? NextAllowed(Instant from, ContactRules rules)
    {
        var day = DayOf(from);
        for (var d = 0; d <= ContactCalendar.SearchDays; d++, day++)
        {
            ref readonly var e = ref Entry(day, rules);
            for (var i = 0; i < e.Count; i++)
            {
                var s = e[i];
                if (s.End > from)
                {
                    return s.Start > from ? s.Start : from;
                }
            }
        }

        return null;
    }

    public Instant? PreviousAllowed(Instant before, ContactRules rules, Duration lead)
    {
        var day = DayOf(before);
        for (var d = 0; d <= ContactCalendar.SearchDays; d++, day--)
        {
            ref readonly var e = ref Entry(day, rules);
            for (var i = e.Count - 1; i >= 0; i--)
            {
                var s = e[i];
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
        var day = DayOf(allowed);
        var found = false;
        var end = default(Instant);
        for (var d = 0; d <= ContactCalendar.SearchDays; d++, day++)
        {
            ref readonly var e = ref Entry(day, rules);
            for (var i = 0; i < e.Count; i++)
            {
                var s = e[i];
                if (!found)
                {
                    if (s.Contains(allowed))
                    {
                        found = true;
                        end = s.End;
                    }
                }
                else if (s.Start == end)
                {
                    end = s.End;
                }
                else if (s.Start > end)
                {
                    return end < limit ? end : limit;
                }

                if (found && end >= limit)
                {
                    return limit;
                }
            }

            if (!found && d == 0)
            {
                throw new ArgumentException($"The instant {allowed} is not allowed under {rules}.", nameof(allowed));
            }

            // Every stretch of a later day starts at or after that day's start, so none can start where this one ends.
            if (found && e.EndsBeforeNextDay)
            {
                return end < limit ? end : limit;
            }
        }

        return end < limit ? end : limit;
    }

    /// <summary>The allowed stretches of a numbered day under the rules: remembered ones when the cursor remembers days, else
    /// worked out into a scratch entry that the next call overwrites.</summary>
    private ref readonly DayEntry Entry(int day, ContactRules rules)
    {
        var key = ContactCalendar.RulesKey(rules);
        if (_days is null)
        {
            Fill(ref _scratch, day, rules);
            return ref _scratch;
        }

        var days = _days[key] ??= new DayEntry[DayWindow];
        ref var slot = ref days[day & (DayWindow - 1)];
        if (!slot.Filled || slot.Day != day)
        {
            Fill(ref slot, day, rules);
        }

        return ref slot;
    }

    private void Fill(ref DayEntry slot, int day, ContactRules rules)
    {
        var date = DateOf(day);
        Span<ContactCalendar.Stretch> fresh = stackalloc ContactCalendar.Stretch[2];
        var n = Calendar.Stretches(date, rules, this, fresh);
        slot.Day = day;
        slot.Filled = true;
        slot.Count = n;
        slot.First = n > 0 ? fresh[0] : default;
        slot.Second = n > 1 ? fresh[1] : default;
        // Only where the next midnight maps to one instant well inside a zone interval (never near a transition, so never
        // on a day skipped whole, which has no start): elsewhere the next day is read as before.
        slot.EndsBeforeNextDay = n > 0 && TryUnique(date.PlusDays(1).AtMidnight(), out var nextDay) && fresh[n - 1].End < nextDay;
    }

    /// <summary>One day's allowed stretches (at most 2), in order.</summary>
    private struct DayEntry
    {
        public int Day;
        public bool Filled;
        public int Count;
        public ContactCalendar.Stretch First;
        public ContactCalendar.Stretch Second;

        /// <summary>Whether the last stretch is known to end before the next day starts (then no stretch of a later day can
        /// continue it); false when there is none or when not known.</summary>
        public bool EndsBeforeNextDay;

        public readonly ContactCalendar.Stretch this[int i] => i == 0 ? First : Second;
    }
}
