using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Data.Text;

/// <summary>
/// Dates and time stamps in text tables: ISO 8601 in extended form (<c>1997-01-01</c>, <c>1997-01-01T10:00</c>,
/// <c>…Z</c>, <c>…+08:00</c>), as a basic date (<c>19970101</c>, as published transaction logs write it), or year first
/// with slashes or dots as spreadsheets write it (<c>1997/1/1</c>, <c>1997/1/1 10:00</c>). A local
/// time stamp is read in a zone with the rules of <see cref="IsoTime"/> (a time skipped by a clock change moves
/// forward, a repeated one takes its earlier occurrence).
/// </summary>
public static class DateText
{
    /// <summary>Reads a time stamp or a date (its start of day in the zone).</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="zone">The zone of local forms.</param>
    /// <param name="instant">The instant, or default when not read.</param>
    /// <param name="error">Why the text was not read, or null.</param>
    /// <returns>Whether the text was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static bool TryParseInstant(string? text, DateTimeZone zone, out Instant instant, out TextFieldError? error)
    {
        ArgumentNullException.ThrowIfNull(zone);
        error = null;
        if (IsoTime.TryParse(text, zone, out instant, out var problem))
        {
            return true;
        }

        error = string.IsNullOrWhiteSpace(text) ? new TextFieldError(TextFieldError.Missing, problem!)
            : problem == SupportedDates.OutsideReason(text) ? new TextFieldError(TextFieldError.OutOfRange, problem)
                : new TextFieldError(TextFieldError.Invalid, problem!);
        return false;
    }

    /// <summary>
    /// Reads a calendar date: <c>1997-01-01</c>, <c>19970101</c>, or year first with slashes or dots (<c>1997/1/1</c>), in
    /// the <see cref="SupportedDates"/> range; the rules of <see cref="IsoTime.TryParseDate"/>.
    /// </summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="date">The date, or default when not read.</param>
    /// <returns>Whether the text was read (a date outside the supported range is not).</returns>
    public static bool TryParseDate(string? text, out LocalDate date) => IsoTime.TryParseDate(text, out date);
}
