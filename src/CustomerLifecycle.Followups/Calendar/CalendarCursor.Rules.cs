using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;

namespace CustomerLifecycle.Followups.Calendar;

/// <summary>The rule questions of a <see cref="CalendarCursor"/>: whether an instant is allowed, the next and previous allowed
/// instants, and where an allowed stretch ends. Days are numbered (days since 1970-01-01 in the zone), so a search steps from
/// one day to the next by adding one, and a remembered day is found by its number without making its local date.</summary>
internal sealed partial class CalendarCursor
{
    private const int DayWindow = 512;

    /// <summary>The key of the scratch entry (nothing remembered); rules keys are smaller.</summary>
    private const int NoKey = byte.MaxValue;

    // Per rules key (see ContactCalendar.RulesKey), the stretches of recently seen days, indexed by day number modulo the window.
    private readonly DayEntry[]?[]? _days;

    // Per rules key, the second stretches of the remembered days that have two (few do), by the same index as _days.
    private ContactCalendar.Stretch[]?[]? _seconds;

    // The day last read when nothing is remembered (public one-off calls), and its second stretch.
    private DayEntry _scratch;
    private ContactCalendar.Stretch _scratchSecond;

    public bool IsAllowed(Instant instant, ContactRules rules)
    {
        ref readonly var e = ref Entry(DayNumber(instant), rules);
        return (e.Count > 0 && e.First.Contains(instant)) || (e.Count > 1 && Second(e).Contains(instant));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Instant? NextAllowed(Instant from, ContactRules rules)
    {
        var day = DayNumber(from);
        for (var d = 0; d <= ContactCalendar.SearchDays; d++, day++)
        {
            ref readonly var e = ref Entry(day, rules);
            for (var i = 0; i < e.Count; i++)
            {
                var s = i == 0 ? e.First : Second(e);
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
        var day = DayNumber(before);
        for (var d = 0; d <= ContactCalendar.SearchDays; d++, day--)
        {
            ref readonly var e = ref Entry(day, rules);
            for (var i = e.Count - 1; i >= 0; i--)
            {
                var s = i == 0 ? e.First : Second(e);
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
    public Instant AllowedUntil(Instant allowed, ContactRules rules, Instant limit) => AllowedUntil(DayNumber(allowed), allowed, rules, limit);

    /// <summary><see cref="AllowedUntil(Instant, ContactRules, Instant)"/> together with the local date-time and the day number
    /// of <paramref name="allowed"/>, all from one conversion of the instant: what a planned task needs of its due time.</summary>
    /// <param name="allowed">The due instant; allowed under the rules.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="limit">Where the window stops at the latest; after <paramref name="allowed"/>.</param>
    /// <param name="local">The same as <c>ToLocal(allowed)</c>.</param>
    /// <param name="day">The same as <c>DayNumber(allowed)</c>.</param>
    /// <returns>The same as <c>AllowedUntil(allowed, rules, limit)</c>.</returns>
    public Instant Window(Instant allowed, ContactRules rules, Instant limit, out LocalDateTime local, out int day)
    {
        local = ToLocal(allowed, out day);

        // Most often the due day has one stretch, which holds the due instant and ends before the next day or after the
        // limit: answered here, and the search day by day (out of line) is left for the rest.
        ref readonly var e = ref Entry(day, rules);
        if (e.Count == 1 && e.First.Contains(allowed))
        {
            var end = e.First.End;
            if (end >= limit)
            {
                return limit;
            }

            if (e.EndsBeforeNextDay)
            {
                return end;
            }
        }

        return AllowedUntil(day, allowed, rules, limit);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Instant AllowedUntil(int day, Instant allowed, ContactRules rules, Instant limit)
    {
        var found = false;
        var end = default(Instant);
        for (var d = 0; d <= ContactCalendar.SearchDays; d++, day++)
        {
            ref readonly var e = ref Entry(day, rules);
            for (var i = 0; i < e.Count; i++)
            {
                var s = i == 0 ? e.First : Second(e);
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
                ThrowNotAllowed(allowed, rules);
            }

            // Every stretch of a later day starts at or after that day's start, so none can start where this one ends.
            if (found && e.EndsBeforeNextDay)
            {
                return end < limit ? end : limit;
            }
        }

        return end < limit ? end : limit;
    }

    /// <summary>Throws for an instant <see cref="AllowedUntil(Instant, ContactRules, Instant)"/> was asked about that is not
    /// allowed; out of line, so that the planner's step loop, into which the window search is inlined, keeps no room for
    /// the message.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotAllowed(Instant allowed, ContactRules rules) =>
        throw new ArgumentException($"The instant {allowed} is not allowed under {rules}.", nameof(allowed));

    /// <summary>The allowed stretches of a numbered day under the rules: remembered ones when the cursor remembers days, else
    /// worked out into a scratch entry that the next call overwrites.</summary>
    private ref readonly DayEntry Entry(int day, ContactRules rules)
    {
        var key = ContactCalendar.RulesKey(rules);
        if (_days is null)
        {
            Fill(ref _scratch, day, rules, NoKey);
            return ref _scratch;
        }

        var days = _days[key] ??= new DayEntry[DayWindow];
        ref var slot = ref days[day & (DayWindow - 1)];
        if (!slot.Filled || slot.Day != day)
        {
            Fill(ref slot, day, rules, key);
        }

        return ref slot;
    }

    /// <summary>The second stretch of a day that has two (kept apart from the day's entry, so that the entries stay small).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ContactCalendar.Stretch Second(in DayEntry e) =>
        e.Key == NoKey ? _scratchSecond : _seconds![e.Key]![e.Day & (DayWindow - 1)];

    private void Fill(ref DayEntry slot, int day, ContactRules rules, int key)
    {
        var date = DateOf(day);
        Span<ContactCalendar.Stretch> fresh = stackalloc ContactCalendar.Stretch[2];
        var n = Calendar.Stretches(date, rules, this, fresh);
        slot.Day = day;
        slot.Filled = true;
        slot.Count = (byte)n;
        slot.Key = (byte)key;
        slot.First = n > 0 ? fresh[0] : default;
        if (n > 1)
        {
            if (key == NoKey)
            {
                _scratchSecond = fresh[1];
            }
            else
            {
                ((_seconds ??= new ContactCalendar.Stretch[]?[ContactCalendar.RulesKeyCount])[key] ??= new ContactCalendar.Stretch[DayWindow])[day & (DayWindow - 1)] = fresh[1];
            }
        }
        // Only where the next midnight maps to one instant well inside a zone interval (never near a transition, so never
        // on a day skipped whole, which has no start): elsewhere the next day is read as before.
        slot.EndsBeforeNextDay = n > 0 && TryUnique(date.PlusDays(1).AtMidnight(), out var nextDay) && fresh[n - 1].End < nextDay;
    }

    /// <summary>One day's allowed stretches (at most 2), in order: the count and the first here, the second (rare) in
    /// <see cref="_seconds"/>. Small (40 bytes), so that the days a run keeps reading stay in the fastest cache.</summary>
    private struct DayEntry
    {
        public int Day;
        public byte Count;

        /// <summary>The rules key the entry was filled for (where its second stretch is kept), or <see cref="NoKey"/>.</summary>
        public byte Key;
        public bool Filled;

        /// <summary>Whether the last stretch is known to end before the next day starts (then no stretch of a later day can
        /// continue it); false when there is none or when not known.</summary>
        public bool EndsBeforeNextDay;
        public ContactCalendar.Stretch First;
    }
}
