using NodaTime;

namespace CustomerLifecycle.Followups.Calendar;

/// <summary>Opening hours on one day: [<see cref="Open"/>, <see cref="Close"/>) local time, not crossing midnight.</summary>
/// <remarks>The default value is 00:00–00:00, which <see cref="From"/> never makes; check with <see cref="IsEmpty"/>.</remarks>
public readonly record struct DailyHours
{
    private DailyHours(LocalTime open, LocalTime close)
    {
        Open = open;
        Close = close;
    }

    /// <summary>When the advisor starts work (inclusive).</summary>
    public LocalTime Open { get; }

    /// <summary>When the advisor stops (exclusive).</summary>
    public LocalTime Close { get; }

    /// <summary>Whether this is the empty default value.</summary>
    public bool IsEmpty => Open >= Close;

    /// <summary>Makes opening hours.</summary>
    /// <param name="open">Opening time.</param>
    /// <param name="close">Closing time; after <paramref name="open"/> on the same day.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentException"><paramref name="close"/> is not after <paramref name="open"/>.</exception>
    public static DailyHours From(LocalTime open, LocalTime close) => close > open
        ? new(open, close)
        : throw new ArgumentException($"Closing time {close:HH:mm} must be after opening time {open:HH:mm} on the same day.", nameof(close));

    /// <summary>Whether a local time is within the hours.</summary>
    /// <param name="time">The local time.</param>
    /// <returns>True inside [open, close).</returns>
    public bool Contains(LocalTime time) => time >= Open && time < Close;

    /// <summary>The hours as text, e.g. "09:00–18:00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Open:HH:mm}–{Close:HH:mm}";
}
