using CustomerLifecycle.Core;
using NodaTime;
using NodaTime.Text;

namespace CustomerLifecycle.Data.Text;

/// <summary>
/// Dates and time stamps in text tables: ISO 8601 in extended form (<c>1997-01-01</c>, <c>1997-01-01T10:00</c>,
/// <c>…Z</c>, <c>…+08:00</c>) or as a basic date (<c>19970101</c>, as published transaction logs write it). A local
/// time stamp is read in a zone with the rules of <see cref="IsoTime"/> (a time skipped by a clock change moves
/// forward, a repeated one takes its earlier occurrence).
/// </summary>
public static class DateText
{
    private static readonly IPattern<LocalDate> BasicDate = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

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
                : new TextFieldError(TextFieldError.Invalid, $"\"{text.Trim()}\" is not an ISO-8601 date or time stamp");
        return false;
    }

    /// <summary>Reads a calendar date: <c>1997-01-01</c> or <c>19970101</c>, in the <see cref="SupportedDates"/> range.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="date">The date, or default when not read.</param>
    /// <returns>Whether the text was read (a date outside the supported range is not).</returns>
    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var result = s.Length == 8 ? BasicDate.Parse(s) : LocalDatePattern.Iso.Parse(s);
        if (result.Success && SupportedDates.Contains(result.Value))
        {
            date = result.Value;
            return true;
        }

        return false;
    }
}
