using NodaTime;
using NodaTime.Text;

namespace CustomerLifecycle.Core;

/// <summary>
/// The calendar range every date and time stamp read from data must fall in: 1900-01-01 to 2199-12-31 (UTC for
/// instants). Readers reject a row whose date lies outside it, with a reason.
/// </summary>
/// <remarks>
/// The range is wide enough for any customer record (the earliest published transaction logs start in the 1990s), and
/// narrow enough that the period arithmetic done downstream (weeks and months added to a date, follow-up offsets of a
/// few years, a day-by-day walk over the whole span) can never leave the calendar that <see cref="LocalDate"/>
/// supports (years up to 9999): a value such as <c>9999-12-31T23:59:59Z</c> would otherwise pass validation and
/// overflow the first time a period is added to it.
/// </remarks>
public static class SupportedDates
{
    /// <summary>The earliest supported date: 1900-01-01.</summary>
    public static LocalDate Earliest { get; } = new(1900, 1, 1);

    /// <summary>The latest supported date: 2199-12-31.</summary>
    public static LocalDate Latest { get; } = new(2199, 12, 31);

    /// <summary>The range as people read it: "1900-01-01 to 2199-12-31".</summary>
    public static string Description { get; } =
        $"{LocalDatePattern.Iso.Format(Earliest)} to {LocalDatePattern.Iso.Format(Latest)}";

    /// <summary>Whether a date lies in the supported range (both ends included).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Earliest"/> ≤ <paramref name="date"/> ≤ <see cref="Latest"/>.</returns>
    public static bool Contains(LocalDate date) => date >= Earliest && date <= Latest;

    /// <summary>Whether an instant's UTC date lies in the supported range.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Whether its date in UTC is supported.</returns>
    public static bool Contains(Instant instant) => Contains(instant.InUtc().Date);

    /// <summary>The reason a reader gives for a value outside the range: <c>"9999-12-31" is outside the supported dates (1900-01-01 to 2199-12-31)</c>.</summary>
    /// <param name="text">The value as written.</param>
    /// <returns>The reason.</returns>
    public static string OutsideReason(string? text) => $"\"{text?.Trim()}\" is outside the supported dates ({Description})";
}
