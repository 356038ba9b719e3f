using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace CustomerLifecycle.Core;

/// <summary>Reads the ISO-8601 time stamps found in exported data into <see cref="Instant"/>s.</summary>
/// <remarks>
/// Accepted forms, tried in this order: an instant in UTC (<c>2026-03-05T10:15:00Z</c>); a date-time with an offset
/// (<c>2026-03-05T18:15:00+08:00</c>); a local date-time (<c>2026-03-05T18:15:00</c>; seconds may be left out and a space may
/// replace <c>T</c>), read in the zone given; a local date (<c>2026-03-05</c>, or ISO-8601's basic form <c>20260305</c> as
/// published tables such as CDNOW's use), read as the start of that day in the zone.
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
            problem = $"\"{text.Trim()}\" is not an ISO-8601 time stamp";
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

        return false;
    }
}
