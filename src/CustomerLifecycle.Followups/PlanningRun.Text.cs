using System.Globalization;
using System.Runtime.CompilerServices;
using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>Keys, reasons and the small value types of a planning run.</summary>
internal sealed partial class PlanningRun
{
    /// <summary>What ends the key of a step's first occurrence: the anchor ref's tail is the ref and this.</summary>
    private const string FirstOccurrence = "|0";

    /// <summary>"customer|step|ref|occurrence" with the customer id escaped, in one allocation (the step's part,
    /// "|step|", is made once per planner; the anchor's tail, "ref|0", once per anchor ref).</summary>
    private string Key(StepPlan plan, string anchorTail, int occurrence) => occurrence == 0
        ? string.Concat(_customerKey, plan.KeyPart, anchorTail)
        : LaterKey(plan, anchorTail, occurrence);

    /// <summary>The key of a later occurrence of a repeating step, written out of line: the step loop that makes keys then
    /// keeps a small stack frame.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string LaterKey(StepPlan plan, string anchorTail, int occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"{_customerKey}{plan.KeyPart}{anchorTail.AsSpan(0, anchorTail.Length - FirstOccurrence.Length)}|{occurrence}");

    /// <summary>The anchor ref's tail (see <see cref="Anchor.Ref"/>): "a:" and the escaped appointment id, else "t:" and the
    /// event's instant; then "|0".</summary>
    private string Ref(FollowupEvent e) => e.AppointmentId is { } id ? AppointmentRef(id) : string.Concat("t:", InstantText.Format(e.At), FirstOccurrence);

    /// <summary>"a:", the escaped id and "|0"; the events of one appointment (booking, completion, survey) share one string.</summary>
    private string AppointmentRef(string id)
    {
        if (!string.Equals(id, _lastRefId, StringComparison.Ordinal))
        {
            _lastRefId = id;
            _lastRef = string.Concat("a:", Escape(id), FirstOccurrence);
        }

        return _lastRef;
    }

    private static string Escape(string s) => s.AsSpan().IndexOfAny('%', '|') < 0
        ? s
        : s.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal);

    private static string Text(ref DefaultInterpolatedStringHandler text) => text.ToStringAndClear();

    /// <summary>"<paramref name="a"/><paramref name="b"/><paramref name="c"/>", the local time of <paramref name="t"/>, then
    /// "<paramref name="d"/>": the same text as the interpolation, written straight into one exactly sized string.</summary>
    private string Text(string a, string b, string c, Instant t, string d = "") =>
        string.Create(a.Length + b.Length + c.Length + LocalText.Length + d.Length, (a, b, c, Local(t), d), static (span, s) =>
        {
            var at = Write(span, s.a, s.b, s.c, s.Item4);
            s.d.CopyTo(span[at..]);
        });

    /// <summary>"<paramref name="a"/><paramref name="b"/><paramref name="c"/>", the local time of <paramref name="t1"/>,
    /// "<paramref name="d"/>", the local time of <paramref name="t2"/>, then "<paramref name="e"/>": like the other
    /// <c>Text</c>, for the texts that name two times.</summary>
    private string Text(string a, string b, string c, Instant t1, string d, Instant t2, string e) =>
        string.Create(
            a.Length + b.Length + c.Length + d.Length + e.Length + (2 * LocalText.Length),
            (a, b, c, Local(t1), d, Local(t2), e),
            static (span, s) =>
            {
                var at = Write(span, s.a, s.b, s.c, s.Item4);
                at += Write(span[at..], s.d, string.Empty, string.Empty, s.Item6);
                s.e.CopyTo(span[at..]);
            });

    /// <summary>Writes "<paramref name="a"/><paramref name="b"/><paramref name="c"/>" and a local time at the start of the
    /// span; returns how many characters that took.</summary>
    private static int Write(Span<char> span, string a, string b, string c, LocalText t)
    {
        a.CopyTo(span);
        var at = a.Length;
        if (b.Length > 0)
        {
            b.CopyTo(span[at..]);
            at += b.Length;
        }

        if (c.Length > 0)
        {
            c.CopyTo(span[at..]);
            at += c.Length;
        }

        t.TryFormat(span[at..], out var written, default, null);
        return at + written;
    }

    /// <summary>"<paramref name="a"/>", the local time of <paramref name="t"/>, then "<paramref name="d"/>".</summary>
    private string Text(string a, Instant t, string d = "") => Text(a, string.Empty, string.Empty, t, d);

    /// <summary>The local time of an instant, to be written as text: its date's text (made once per date, see
    /// <see cref="DateText"/>) and its minute of the day.</summary>
    private LocalText Local(Instant t)
    {
        var day = _cursor.DayNumber(t, out var nanoOfDay);
        if (day is < FirstTextDay or > LastTextDay)
        {
            // Near the ends of time the local date is made as NodaTime makes it.
            var local = _cursor.ToLocal(t);
            return new(LocalText.DateText(local.Date), (int)(local.TimeOfDay.NanosecondOfDay / NodaConstants.NanosecondsPerMinute));
        }

        return new(DateText(day), (int)(nanoOfDay / NodaConstants.NanosecondsPerMinute));
    }

    /// <summary>"yyyy-MM-dd" for a local date given by its day number: written once per date and kept while recent dates
    /// are read (the dates of one run's texts are few and recur from customer to customer).</summary>
    private string DateText(int day)
    {
        ref var slot = ref _dateTexts[day & (DateTextWindow - 1)];
        if (slot.Text is null || slot.Day != day)
        {
            slot = (day, LocalText.DateText(_cursor.DateOf(day)));
        }

        return slot.Text;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    /// <summary>A local date and time written as "yyyy-MM-dd HH:mm" straight into the text being built: the date's text and
    /// the minute of the day.</summary>
    private readonly struct LocalText(string date, int minuteOfDay) : ISpanFormattable
    {
        /// <summary>How many characters every local time takes ("yyyy-MM-dd HH:mm").</summary>
        public const int Length = 16;

        /// <summary>How many characters a date takes ("yyyy-MM-dd").</summary>
        private const int DateLength = 10;

        /// <summary>"yyyy-MM-dd"; a year before 0, which does not fit in four characters, is written as zeros.</summary>
        public static string DateText(LocalDate date) => string.Create(DateLength, date, static (span, date) =>
        {
            var year = date.Year;
            if (year is < 0 or > 9999)
            {
                span.Clear();
                year.TryFormat(span[..4], out _, "D4", CultureInfo.InvariantCulture);
            }
            else
            {
                TwoDigits(span, year / 100);
                TwoDigits(span[2..], year % 100);
            }

            span[4] = '-';
            TwoDigits(span[5..], date.Month);
            span[7] = '-';
            TwoDigits(span[8..], date.Day);
        });

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (destination.Length < Length)
            {
                charsWritten = 0;
                return false;
            }

            date.CopyTo(destination);
            destination[DateLength] = ' ';
            TwoDigits(destination[11..], minuteOfDay / 60);
            destination[13] = ':';
            TwoDigits(destination[14..], minuteOfDay % 60);
            charsWritten = Length;
            return true;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        /// <summary>"00" to "99", two characters a number: a number's digits read from here instead of divided out.</summary>
        private static ReadOnlySpan<byte> DigitPairs => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

        /// <summary>Writes a number 0–99 as two digits, zero-padded, at the start of the span.</summary>
        private static void TwoDigits(Span<char> span, int number)
        {
            var pair = DigitPairs.Slice(number * 2, 2);
            span[0] = (char)pair[0];
            span[1] = (char)pair[1];
        }

        public override string ToString() => string.Create(Length, this, static (span, v) => v.TryFormat(span, out _, default, null));
    }

    /// <summary>The fixed parts of one candidate task.</summary>
    private readonly record struct TaskParts(StepPlan Plan, string Key, Instant Ideal, bool Mandatory, int Occurrence, Instant? Deadline, Instant? Escalate);

    /// <summary>An appointment as its booking events leave it.</summary>
    private readonly record struct Appointment(string Id, Instant BookedAt, Instant Slot, bool Cancelled);

    /// <summary>An instant a step can count from, with what the planner knows about it.</summary>
    /// <param name="Kind">Which anchor.</param>
    /// <param name="At">The anchor instant.</param>
    /// <param name="KnownAt">When the event that set it happened: past-due is judged against it, and later visits after it
    /// supersede.</param>
    /// <param name="Ref">The anchor's part of the task key, with the first occurrence's "|0" after it (the tail of the first
    /// occurrence's key, made once per anchor ref): equal for anchors whose refs are equal.</param>
    /// <param name="AppointmentId">The appointment, or null.</param>
    /// <param name="FirstVisit">Whether it concerns a first visit.</param>
    /// <param name="Category">The survey category, for survey anchors.</param>
    /// <param name="LongRepair">Whether the service is a long repair, when known.</param>
    /// <param name="Slot">The appointment slot start that contacts must precede, or null.</param>
    /// <param name="Until">Where repeating steps stop, or null.</param>
    /// <param name="Reason">The task reason.</param>
    private record struct Anchor(
        StepAnchor Kind,
        Instant At,
        Instant KnownAt,
        string Ref,
        string? AppointmentId,
        bool FirstVisit,
        NpsCategory? Category,
        bool? LongRepair,
        Instant? Slot,
        Instant? Until,
        string Reason)
    {
        /// <summary>The number of the anchor's ref among the customer's anchors.</summary>
        public int RefId { get; set; }

        /// <summary>Whether the anchor belongs to a cancelled appointment.</summary>
        public bool Cancelled { get; set; }
    }
}
