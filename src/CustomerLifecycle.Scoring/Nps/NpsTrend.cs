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
        var builder = new NpsTrendBuilder(zone, period, firstDayOfWeek);
        foreach (var r in responses)
        {
            builder.Add(r.Score, r.RespondedAt);
        }

        return builder.Build();
    }
}
