using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace CustomerLifecycle.Core;

/// <summary>Reads the ISO-8601 time stamps found in exported data into <see cref="Instant"/>s.</summary>
/// <remarks>
/// Accepted forms, tried in this order: an instant in UTC (<c>2026-03-05T10:15:00Z</c>); a date-time with an offset
/// (<c>2026-03-05T18:15:00+08:00</c>); a local date-time (<c>2026-03-05T18:15:00</c>; seconds may be left out and a space may
/// replace <c>T</c>), read in the zone given; a local date (<c>2026-03-05</c>, or ISO-8601's basic form <c>20260305</c> as
/// published tables such as CDNOW's use), read as the start of that day in the zone. A date written year first with
/// slashes or dots, as spreadsheets in many locales write it (<c>2026/3/5</c>, <c>2026.03.05</c>, <c>2026-3-5</c>), is read
/// the same way, and may be followed by a local time (<c>2026/3/5 18:15</c>, <c>2026/3/5 18:15:30</c>). A date written day
/// or month first (<c>05/03/2026</c>) is refused: it could be either, and the problem says to write the year first.
/// A local time that falls in a daylight-saving gap is moved forward by the gap's length; one that is ambiguous (in an
/// overlap) takes the earlier instant — NodaTime's lenient resolver, applied explicitly.
/// </remarks>
public static class IsoTime
{
    private static readonly IPattern<Instant> InstantPattern = NodaTime.Text.InstantPattern.ExtendedIso;
    private static readonly IPattern<OffsetDateTime> OffsetPattern = OffsetDateTimePattern.ExtendedIso;
    private static readonly IPattern<LocalDateTime> LocalPattern = LocalDateTimePattern.ExtendedIso;
    private static readonly IPattern<LocalDateTime> LocalMinutesPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly IPattern<Instant> InstantMinutesPattern = NodaTime.Text.InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm'Z'");
    private static readonly IPattern<OffsetDateTime> OffsetMinutesPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");
    private static readonly IPattern<LocalDate> DatePattern = LocalDatePattern.Iso;
    private static readonly IPattern<LocalDate> BasicDatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    /// <summary>Reads a time stamp in the <see cref="SupportedDates"/> range.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="zone">The zone in which a time stamp without offset is read.</param>
    /// <param name="instant">The instant, or <c>default</c> when the text is not a supported time stamp.</param>
    /// <returns>Whether the text was read (a well-formed time stamp outside the supported dates is not).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static bool TryParse(string? text, DateTimeZone zone, out Instant instant) => TryParse(text, zone, out instant, out _);

    /// <summary>Reads a time stamp in the <see cref="SupportedDates"/> range, saying why when it cannot.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="zone">The zone in which a time stamp without offset is read.</param>
    /// <param name="instant">The instant, or <c>default</c> when the text is not a supported time stamp.</param>
    /// <param name="problem">
    /// Null when read; otherwise <c>is missing</c>, <c>"…" is not an ISO-8601 time stamp</c> or
    /// <see cref="SupportedDates.OutsideReason"/>, for a reader to prefix with the column name.
    /// </param>
    /// <returns>Whether the text was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static bool TryParse(string? text, DateTimeZone zone, out Instant instant, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(zone);
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            instant = default;
            problem = "is missing";
            return false;
        }

        if (!TryParseForm(text, zone, out instant))
        {
            problem = FormProblem(text);
            return false;
        }

        if (!SupportedDates.Contains(instant))
        {
            instant = default;
            problem = SupportedDates.OutsideReason(text);
            return false;
        }

        return true;
    }

    /// <summary>Reads a time stamp in the <see cref="SupportedDates"/> range.</summary>
    /// <param name="text">The text.</param>
    /// <param name="zone">The zone in which a time stamp without offset is read.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one of the accepted forms, or lies outside the supported dates.</exception>
    public static Instant Parse(string text, DateTimeZone zone) => TryParse(text, zone, out var instant, out var problem)
        ? instant
        : throw new FormatException(problem!.StartsWith("is ", StringComparison.Ordinal)
            ? $"\"{text}\" is not an ISO-8601 time stamp (e.g. 2026-03-05T10:15:00Z, 2026-03-05T18:15:00+08:00, 2026-03-05T18:15, 2026-03-05 or 20260305)."
            : $"{problem} (e.g. 2026-03-05T10:15:00Z, 2026-03-05T18:15:00+08:00, 2026-03-05T18:15, 2026-03-05 or 20260305).");

    /// <summary>Reads a calendar date in the <see cref="SupportedDates"/> range.</summary>
    /// <param name="text">
    /// The text: <c>2026-03-05</c>, <c>20260305</c>, or year first with slashes, dots or dashes and one- or two-digit
    /// month and day (<c>2026/3/5</c>, <c>2026.03.05</c>); surrounding white space is ignored.
    /// </param>
    /// <param name="date">The date, or <c>default</c> when the text is not a supported date.</param>
    /// <returns>Whether the text was read (a time of day, or a date outside the supported dates, is not).</returns>
    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        if (s.Length == 8 && !s.ContainsAnyExceptInRange('0', '9'))
        {
            var basic = BasicDatePattern.Parse(s.ToString());
            date = basic.Success ? basic.Value : default;
        }
        else if (!TryYearFirstDate(ref s, out date) || !s.IsEmpty)
        {
            date = default;
        }

        if (!SupportedDates.Contains(date))
        {
            date = default;
            return false;
        }

        return true;
    }

    /// <summary>Reads any of the accepted forms, without the range check: for validators that tell a malformed value from one outside the range.</summary>
    internal static bool TryParseForm(string? text, DateTimeZone zone, out Instant instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (s.Length > 10 && s[10] == ' ')
        {
            s = string.Concat(s.AsSpan(0, 10), "T", s.AsSpan(11));
        }

        var i = InstantPattern.Parse(s);
        if (!i.Success)
        {
            i = InstantMinutesPattern.Parse(s);
        }

        if (i.Success)
        {
            instant = i.Value;
            return true;
        }

        var o = OffsetPattern.Parse(s);
        if (!o.Success)
        {
            o = OffsetMinutesPattern.Parse(s);
        }

        if (o.Success)
        {
            instant = o.Value.ToInstant();
            return true;
        }

        var l = LocalPattern.Parse(s);
        if (!l.Success)
        {
            l = LocalMinutesPattern.Parse(s);
        }

        if (l.Success)
        {
            instant = zone.ResolveLocal(l.Value, Resolvers.LenientResolver).ToInstant();
            return true;
        }

        var d = s.Length == 8 && s.All(char.IsAsciiDigit) ? BasicDatePattern.Parse(s) : DatePattern.Parse(s);
        if (d.Success)
        {
            instant = zone.AtStartOfDay(d.Value).ToInstant();
            return true;
        }

        return TryYearFirst(text.AsSpan().Trim(), zone, out instant);
    }

    /// <summary>
    /// A date written year first with <c>/</c>, <c>.</c> or <c>-</c> and one- or two-digit month and day, then optionally a
    /// space or <c>T</c> and a local time <c>H:mm</c> or <c>H:mm:ss</c>.
    /// </summary>
    private static bool TryYearFirst(ReadOnlySpan<char> s, DateTimeZone zone, out Instant instant)
    {
        instant = default;
        if (!TryYearFirstDate(ref s, out var date))
        {
            return false;
        }

        if (s.IsEmpty)
        {
            instant = zone.AtStartOfDay(date).ToInstant();
            return true;
        }

        if (s[0] is not (' ' or 'T'))
        {
            return false;
        }

        s = s[1..].TrimStart(' ');
        var second = 0;
        if (!TryDigits(ref s, 1, 2, out var hour) || !TrySkip(ref s, ':') || !TryDigits(ref s, 2, 2, out var minute)
            || (!s.IsEmpty && (!TrySkip(ref s, ':') || !TryDigits(ref s, 2, 2, out second) || !s.IsEmpty))
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        instant = zone.ResolveLocal(date.At(new LocalTime(hour, minute, second)), Resolvers.LenientResolver).ToInstant();
        return true;
    }

    /// <summary>Reads <c>yyyy/M/d</c> (or with <c>.</c> or <c>-</c>, the same separator twice) from the start of the text, leaving the rest.</summary>
    private static bool TryYearFirstDate(ref ReadOnlySpan<char> s, out LocalDate date)
    {
        date = default;
        if (!TryDigits(ref s, 4, 4, out var year) || s.IsEmpty || s[0] is not ('/' or '.' or '-'))
        {
            return false;
        }

        var separator = s[0];
        s = s[1..];
        if (!TryDigits(ref s, 1, 2, out var month) || !TrySkip(ref s, separator) || !TryDigits(ref s, 1, 2, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Reads between <paramref name="fewest"/> and <paramref name="most"/> ASCII digits from the start of the text.</summary>
    private static bool TryDigits(ref ReadOnlySpan<char> s, int fewest, int most, out int value)
    {
        value = 0;
        var n = 0;
        while (n < s.Length && n < most && char.IsAsciiDigit(s[n]))
        {
            value = (value * 10) + (s[n] - '0');
            n++;
        }

        s = s[n..];
        return n >= fewest && (s.IsEmpty || !char.IsAsciiDigit(s[0]));
    }

    private static bool TrySkip(ref ReadOnlySpan<char> s, char c)
    {
        if (s.IsEmpty || s[0] != c)
        {
            return false;
        }

        s = s[1..];
        return true;
    }

    /// <summary>Why a text that is none of the accepted forms was refused: it is quoted, with a hint for a day- or month-first date.</summary>
    internal static string FormProblem(string text) => $"\"{text.Trim()}\" is not an ISO-8601 time stamp{AmbiguityHint(text)}";

    /// <summary>For a date written day or month first (<c>05/03/2026</c>, <c>5.3.2026 10:00</c>): what to write instead.</summary>
    private static string AmbiguityHint(string text)
    {
        var s = text.AsSpan().Trim();
        if (!TryDigits(ref s, 1, 2, out _) || s.IsEmpty || s[0] is not ('/' or '.' or '-'))
        {
            return "";
        }

        var separator = s[0];
        s = s[1..];
        return TryDigits(ref s, 1, 2, out _) && TrySkip(ref s, separator) && TryDigits(ref s, 4, 4, out _)
            ? ": day and month could be either way round; write the year first, as 2026-03-05"
            : "";
    }
}
