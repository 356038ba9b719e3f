using NodaTime;

namespace CustomerLifecycle.Followups.Calendar;

/// <summary>A daily stretch of local time in which a channel must not contact the customer; it may cross midnight.</summary>
/// <remarks>
/// <para>The stretch is [<see cref="Start"/>, <see cref="End"/>) in the customer's local time: 21:00–08:00 means from 21:00
/// to midnight and from midnight to 08:00 (not including 08:00). Start equal to end means no quiet hours.</para>
/// <para>The default value is "no quiet hours" (00:00–00:00). <see cref="Default"/> is 21:00–08:00, the US telephone rule
/// (47 CFR 64.1200(c)(1)) and one after-sales network's "no calls at night".</para>
/// </remarks>
public readonly record struct QuietHours
{
    private QuietHours(LocalTime start, LocalTime end)
    {
        Start = start;
        End = end;
    }

    /// <summary>21:00–08:00 local.</summary>
    public static QuietHours Default { get; } = new(new LocalTime(21, 0), new LocalTime(8, 0));

    /// <summary>No quiet hours.</summary>
    public static QuietHours None { get; }

    /// <summary>When the quiet stretch starts (inclusive), local time.</summary>
    public LocalTime Start { get; }

    /// <summary>When it ends (exclusive), local time; before <see cref="Start"/> when it crosses midnight.</summary>
    public LocalTime End { get; }

    /// <summary>Whether there are no quiet hours.</summary>
    public bool IsNone => Start == End;

    /// <summary>Whether the stretch crosses midnight (start after end).</summary>
    public bool CrossesMidnight => Start > End;

    /// <summary>Makes quiet hours.</summary>
    /// <param name="start">When quiet starts (inclusive).</param>
    /// <param name="end">When quiet ends (exclusive); before <paramref name="start"/> to cross midnight; equal to it for none.</param>
    /// <returns>The quiet hours.</returns>
    public static QuietHours From(LocalTime start, LocalTime end) => new(start, end);

    /// <summary>Whether a local time is quiet.</summary>
    /// <param name="time">The local time.</param>
    /// <returns>True inside [start, end), taking midnight crossing into account.</returns>
    public bool Contains(LocalTime time) =>
        !IsNone && (CrossesMidnight ? time >= Start || time < End : time >= Start && time < End);

    /// <summary>The quiet hours as text, e.g. "21:00–08:00", or "none".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsNone ? "none" : $"{Start:HH:mm}–{End:HH:mm}";
}
