using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CustomerLifecycle.Followups.Calendar;

/// <summary>Public holidays and make-up working days (调休) as data, for a stated range of dates.</summary>
/// <remarks>
/// <para>Holiday APIs commonly return holidays only; China also turns some weekend days into working days, so both lists are
/// kept. A date is at most one of the two.</para>
/// <para>Nothing is hard-coded: calendars are read from the text format of <see cref="Parse"/> (documented in
/// docs/followups.md); <see cref="ChinaMainland2026"/> loads a sample shipped inside the assembly.</para>
/// </remarks>
public sealed class HolidayCalendar
{
    private const string SampleResource = "CustomerLifecycle.Followups.Calendar.china-mainland-2026.txt";
    private const int MaxRangeDays = 366;
    private const int MaxCoverDays = 3660;
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly Lazy<HolidayCalendar> Sample = new(LoadSample);

    private readonly FrozenDictionary<LocalDate, string> _holidays;
    private readonly FrozenDictionary<LocalDate, string> _workdays;

    private HolidayCalendar(string name, string? source, DateInterval? covers, Dictionary<LocalDate, string> holidays, Dictionary<LocalDate, string> workdays)
    {
        Name = name;
        Source = source;
        Covers = covers;
        _holidays = holidays.ToFrozenDictionary();
        _workdays = workdays.ToFrozenDictionary();
    }

    /// <summary>A calendar with no holidays and no make-up days.</summary>
    public static HolidayCalendar Empty { get; } = new("none", null, null, [], []);

    /// <summary>The calendar's name (e.g. "China mainland 2026").</summary>
    public string Name { get; }

    /// <summary>Where the dates come from, or null.</summary>
    public string? Source { get; }

    /// <summary>The dates the data is valid for (every parsed calendar states them), or null for <see cref="Empty"/>. Outside
    /// it no holiday or make-up day is known: the planner marks tasks due there <see cref="PlannedTask.CalendarUncovered"/>
    /// rather than silently treat the day as an ordinary one.</summary>
    public DateInterval? Covers { get; }

    /// <summary>The public holidays (days off), with their names.</summary>
    public IReadOnlyDictionary<LocalDate, string> Holidays => _holidays;

    /// <summary>The make-up working days (weekend days that are working days), with their names.</summary>
    public IReadOnlyDictionary<LocalDate, string> MakeUpWorkdays => _workdays;

    /// <summary>Whether a date is a public holiday.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>True for a listed holiday.</returns>
    public bool IsHoliday(LocalDate date) => _holidays.ContainsKey(date);

    /// <summary>Whether a date is a make-up working day.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>True for a listed make-up working day.</returns>
    public bool IsMakeUpWorkday(LocalDate date) => _workdays.ContainsKey(date);

    /// <summary>The sample calendar shipped inside the assembly: mainland China 2026 (7 holidays, 33 days off, 6 make-up
    /// working days), from the State Council notice of 2025-11-04. It covers 2026 only.</summary>
    /// <returns>The calendar.</returns>
    public static HolidayCalendar ChinaMainland2026() => Sample.Value;

    /// <summary>The text of the shipped sample calendar, as a template for other years and countries.</summary>
    /// <returns>The text.</returns>
    public static string ChinaMainland2026Text()
    {
        using var stream = typeof(HolidayCalendar).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"The embedded resource {SampleResource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a calendar from its text format.</summary>
    /// <param name="text">The text: one entry per line; blank lines and lines starting with '#' are ignored. Entries:
    /// <c>name: …</c>, <c>source: …</c>, <c>covers: 2026-01-01..2026-12-31</c> (required: the dates the file speaks for),
    /// <c>holiday: 2026-02-15..2026-02-23 Spring Festival</c> (a date or an inclusive range, then a name),
    /// <c>workday: 2026-02-14 make-up working day</c>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">A line is not valid; the message starts with "line N:". Errors: unknown entry, bad
    /// date or range (end before start, longer than 366 days; <c>covers</c>: 3660 days), a missing name, a date listed twice, a date that is both a holiday and
    /// a working day, a date outside <c>covers</c>, <c>covers</c> after the first date or missing, a repeated <c>name</c>/<c>source</c>/<c>covers</c>.</exception>
    public static HolidayCalendar Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? name = null, source = null;
        DateInterval? covers = null;
        var holidays = new Dictionary<LocalDate, string>();
        var workdays = new Dictionary<LocalDate, string>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw Error(lineNo, $"expected \"entry: value\"; got \"{Clip(line)}\"");
            }

            var entry = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (entry)
            {
                case "name":
                    name = Once(name, value, lineNo, entry);
                    break;
                case "source":
                    source = Once(source, value, lineNo, entry);
                    break;
                case "covers":
                    if (covers is not null)
                    {
                        throw Error(lineNo, "\"covers\" is given twice");
                    }

                    if (holidays.Count + workdays.Count > 0)
                    {
                        throw Error(lineNo, "\"covers\" must come before the first holiday or workday");
                    }

                    covers = Range(value, lineNo, MaxCoverDays);
                    break;
                case "holiday":
                case "workday":
                    AddDays(entry == "holiday" ? holidays : workdays, entry == "holiday" ? workdays : holidays, entry, value, covers, lineNo);
                    break;
                default:
                    throw Error(lineNo, $"unknown entry \"{Clip(entry)}\"; expected name, source, covers, holiday or workday");
            }
        }

        if (covers is null)
        {
            throw new FormatException(
                "line 1: the calendar does not say which dates it covers; add \"covers: yyyy-MM-dd..yyyy-MM-dd\" before the first holiday or workday.");
        }

        return new(name ?? "unnamed", source, covers, holidays, workdays);
    }

    private static void AddDays(Dictionary<LocalDate, string> into, Dictionary<LocalDate, string> other, string entry, string value, DateInterval? covers, int lineNo)
    {
        var space = value.IndexOfAny([' ', '\t']);
        var datePart = space < 0 ? value : value[..space];
        var label = space < 0 ? string.Empty : value[space..].Trim();
        if (label.Length == 0)
        {
            throw Error(lineNo, $"a {entry} needs a name after its date, e.g. \"{entry}: 2026-10-01 National Day\"");
        }

        var range = Range(datePart, lineNo, MaxRangeDays);
        foreach (var d in range)
        {
            if (covers is not null && !covers.Contains(d))
            {
                throw Error(lineNo, $"{Format(d)} is outside covers {Format(covers.Start)}..{Format(covers.End)}");
            }

            if (other.ContainsKey(d))
            {
                throw Error(lineNo, $"{Format(d)} cannot be both a holiday and a make-up working day");
            }

            if (!into.TryAdd(d, label))
            {
                throw Error(lineNo, $"{Format(d)} is listed twice as a {entry}");
            }
        }
    }

    private static DateInterval Range(string value, int lineNo, int maxDays)
    {
        var parts = value.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length > 2)
        {
            throw Error(lineNo, $"expected a date or a range \"yyyy-MM-dd..yyyy-MM-dd\"; got \"{Clip(value)}\"");
        }

        var start = Date(parts[0], lineNo);
        var end = parts.Length == 2 ? Date(parts[1], lineNo) : start;
        if (end < start)
        {
            throw Error(lineNo, $"the range ends ({Format(end)}) before it starts ({Format(start)})");
        }

        if (Period.Between(start, end, PeriodUnits.Days).Days > maxDays)
        {
            throw Error(lineNo, $"a range may span at most {maxDays} days; got {Format(start)}..{Format(end)}");
        }

        return new DateInterval(start, end);
    }

    private static LocalDate Date(string text, int lineNo)
    {
        var result = DatePattern.Parse(text);
        return result.Success ? result.Value : throw Error(lineNo, $"\"{Clip(text)}\" is not a date yyyy-MM-dd");
    }

    private static string Once(string? current, string value, int lineNo, string entry) =>
        current is not null ? throw Error(lineNo, $"\"{entry}\" is given twice")
        : value.Length == 0 ? throw Error(lineNo, $"\"{entry}\" is empty")
        : value;

    private static string Format(LocalDate d) => DatePattern.Format(d);

    private static string Clip(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 40), "…");

    private static FormatException Error(int lineNo, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"line {lineNo}: {message}."));

    private static HolidayCalendar LoadSample() => Parse(ChinaMainland2026Text());
}
