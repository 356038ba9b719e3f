using System.Globalization;
using System.Runtime.CompilerServices;
using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>Keys, reasons and the small value types of a planning run.</summary>
internal sealed partial class PlanningRun
{
    /// <summary>"customer|step|ref|occurrence" with the customer id escaped, in one allocation.</summary>
    private string Key(string step, string anchorRef, int occurrence)
    {
        var digits = occurrence < 10 ? 1 : occurrence < 100 ? 2 : occurrence < 1000 ? 3 : 10;
        if (digits == 10)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{_customerKey}|{step}|{anchorRef}|{occurrence}");
        }

        var length = _customerKey.Length + step.Length + anchorRef.Length + 3 + digits;
        return string.Create(length, (Customer: _customerKey, Step: step, Ref: anchorRef, Occurrence: occurrence), static (span, s) =>
        {
            s.Customer.CopyTo(span);
            var at = s.Customer.Length;
            span[at++] = '|';
            s.Step.CopyTo(span[at..]);
            at += s.Step.Length;
            span[at++] = '|';
            s.Ref.CopyTo(span[at..]);
            at += s.Ref.Length;
            span[at++] = '|';
            s.Occurrence.TryFormat(span[at..], out _, default, CultureInfo.InvariantCulture);
        });
    }

    /// <summary>The anchor's part of the key: "a:" and the escaped appointment id, else "t:" and the event's instant.</summary>
    private string Ref(FollowupEvent e) => e.AppointmentId is { } id ? AppointmentRef(id) : "t:" + InstantText.Format(e.At);

    /// <summary>"a:" and the escaped id; the events of one appointment (booking, completion, survey) share one string.</summary>
    private string AppointmentRef(string id)
    {
        if (!string.Equals(id, _lastRefId, StringComparison.Ordinal))
        {
            _lastRefId = id;
            _lastRef = "a:" + Escape(id);
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
            s.a.CopyTo(span);
            var at = s.a.Length;
            s.b.CopyTo(span[at..]);
            at += s.b.Length;
            s.c.CopyTo(span[at..]);
            at += s.c.Length;
            s.Item4.TryFormat(span[at..], out var written, default, null);
            s.d.CopyTo(span[(at + written)..]);
        });

    /// <summary>"<paramref name="a"/>", the local time of <paramref name="t"/>, then "<paramref name="d"/>".</summary>
    private string Text(string a, Instant t, string d = "") => Text(a, string.Empty, string.Empty, t, d);

    private LocalText Local(Instant t) => new(_cursor.ToLocal(t));

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    /// <summary>A local date and time written as "yyyy-MM-dd HH:mm" straight into the text being built.</summary>
    private readonly struct LocalText(LocalDateTime value) : ISpanFormattable
    {
        /// <summary>How many characters every local time takes ("yyyy-MM-dd HH:mm").</summary>
        public const int Length = 16;

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (destination.Length < Length)
            {
                charsWritten = 0;
                return false;
            }

            var span = destination[..Length];
            if (value.Year is < 0 or > 9999)
            {
                span.Clear();
                value.Year.TryFormat(span[..4], out _, "D4", CultureInfo.InvariantCulture);
            }
            else
            {
                Digits(span[..4], value.Year);
            }

            span[4] = '-';
            Digits(span[5..7], value.Month);
            span[7] = '-';
            Digits(span[8..10], value.Day);
            span[10] = ' ';
            Digits(span[11..13], value.Hour);
            span[13] = ':';
            Digits(span[14..16], value.Minute);
            charsWritten = Length;
            return true;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        /// <summary>Writes a non-negative number as exactly <c>span.Length</c> digits, zero-padded (the number fits).</summary>
        private static void Digits(Span<char> span, int number)
        {
            for (var i = span.Length - 1; i >= 0; i--)
            {
                span[i] = (char)('0' + (number % 10));
                number /= 10;
            }
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
    /// <param name="Ref">The anchor's part of the task key.</param>
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
