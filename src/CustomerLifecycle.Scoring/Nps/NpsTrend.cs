using CustomerLifecycle.Core.Events;
using NodaTime;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>
/// NPS tallies by calendar period: one point per period with at least one response, in time order. A period without
/// responses has no point (a gap shows as one point's <see cref="NpsTrendPoint.End"/> before the next one's
/// <see cref="NpsTrendPoint.Start"/>), so the work and the memory grow with the responses, never with the span of dates
/// they cover.
/// </summary>
public sealed record NpsTrend
{
    internal NpsTrend(NpsPeriod period, DateTimeZone zone, IReadOnlyList<NpsTrendPoint> points, NpsTally undated)
    {
        Period = period;
        Zone = zone;
        Points = points;
        Undated = undated;
    }

    /// <summary>The kind of period.</summary>
    public NpsPeriod Period { get; }

    /// <summary>The zone in which response instants were turned into local dates.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The periods with at least one response, in time order.</summary>
    public IReadOnlyList<NpsTrendPoint> Points { get; }

    /// <summary>Responses without <see cref="SurveyResponse.RespondedAt"/>, counted in no period.</summary>
    public NpsTally Undated { get; }

    /// <summary>Cuts responses into calendar periods.</summary>
    /// <param name="responses">The responses, in any order.</param>
    /// <param name="zone">The zone whose calendar defines the periods (a response at 23:30 UTC may belong to the next day in Asia/Shanghai).</param>
    /// <param name="period">The kind of period.</param>
    /// <param name="firstDayOfWeek">The first day of a week; Monday by default. Used for <see cref="NpsPeriod.Week"/> only.</param>
    /// <returns>The trend.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> or <paramref name="firstDayOfWeek"/> is not a defined value.</exception>
    public static NpsTrend ByPeriod(IEnumerable<SurveyResponse> responses, DateTimeZone zone, NpsPeriod period, IsoDayOfWeek firstDayOfWeek = IsoDayOfWeek.Monday)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(zone);
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period.");
        }

        if (firstDayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(firstDayOfWeek), firstDayOfWeek, "The first day of the week must be Monday–Sunday.");
        }

        var byStart = new SortedDictionary<LocalDate, NpsTally>();
        var undated = NpsTally.Empty;
        foreach (var r in responses)
        {
            if (r.RespondedAt is not { } at)
            {
                undated = undated.Add(r.Score);
                continue;
            }

            var start = StartOf(at.InZone(zone).Date, period, firstDayOfWeek);
            byStart[start] = byStart.TryGetValue(start, out var t) ? t.Add(r.Score) : NpsTally.Empty.Add(r.Score);
        }

        var points = byStart.Select(p => new NpsTrendPoint(p.Key, Next(p.Key, period), p.Value)).ToList();
        return new NpsTrend(period, zone, points, undated);
    }

    private static LocalDate StartOf(LocalDate date, NpsPeriod period, IsoDayOfWeek firstDayOfWeek) => period switch
    {
        NpsPeriod.Day => date,
        NpsPeriod.Week => date.PlusDays(-(((int)date.DayOfWeek - (int)firstDayOfWeek + 7) % 7)),
        NpsPeriod.Month => new LocalDate(date.Year, date.Month, 1),
        NpsPeriod.Quarter => new LocalDate(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
        _ => new LocalDate(date.Year, 1, 1),
    };

    private static LocalDate Next(LocalDate start, NpsPeriod period) => period switch
    {
        NpsPeriod.Day => start.PlusDays(1),
        NpsPeriod.Week => start.PlusWeeks(1),
        NpsPeriod.Month => start.PlusMonths(1),
        NpsPeriod.Quarter => start.PlusMonths(3),
        _ => start.PlusYears(1),
    };
}
