using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>
/// Builds an <see cref="NpsTrend"/> one score at a time, keeping one <see cref="NpsTally"/> per calendar period and
/// never the responses: a survey export of any size is tallied in one pass, in memory that grows with the periods.
/// </summary>
/// <remarks>
/// Mergeable: builders of the same zone, period and first day of the week that each saw a part of the responses
/// <see cref="Merge"/> into the builder of all of them (counts are exact, so the order does not matter). Turning an
/// instant into a local date is remembered for the rest of that local day (as long as the zone's offset holds), so
/// responses in time order cost one comparison each.
/// </remarks>
/// <example>
/// <code>
/// var trend = new NpsTrendBuilder(DateTimeZoneProviders.Tzdb["Asia/Shanghai"], NpsPeriod.Month);
/// foreach (var (score, at) in answers) { trend.Add(score, at); }
/// var points = trend.Build().Points;
/// </code>
/// </example>
public sealed class NpsTrendBuilder
{
    private readonly Dictionary<LocalDate, NpsTally> _byStart = [];
    private NpsTally _undated;
    private Instant _cachedFrom = Instant.MaxValue;
    private Instant _cachedTo = Instant.MinValue;
    private LocalDate _cachedStart;

    /// <summary>Makes an empty builder.</summary>
    /// <param name="zone">The zone whose calendar defines the periods.</param>
    /// <param name="period">The kind of period.</param>
    /// <param name="firstDayOfWeek">The first day of a week; Monday by default. Used for <see cref="NpsPeriod.Week"/> only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> or <paramref name="firstDayOfWeek"/> is not a defined value.</exception>
    public NpsTrendBuilder(DateTimeZone zone, NpsPeriod period, IsoDayOfWeek firstDayOfWeek = IsoDayOfWeek.Monday)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period.");
        }

        if (firstDayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(firstDayOfWeek), firstDayOfWeek, "The first day of the week must be Monday–Sunday.");
        }

        Zone = zone;
        Period = period;
        FirstDayOfWeek = firstDayOfWeek;
    }

    /// <summary>The zone whose calendar defines the periods.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The kind of period.</summary>
    public NpsPeriod Period { get; }

    /// <summary>The first day of a week.</summary>
    public IsoDayOfWeek FirstDayOfWeek { get; }

    /// <summary>Counts one score in the period of its instant, or as undated.</summary>
    /// <param name="score">The score.</param>
    /// <param name="respondedAt">When it was given, or null (counted in <see cref="NpsTrend.Undated"/>).</param>
    /// <exception cref="OverflowException">A count would exceed <see cref="long.MaxValue"/>.</exception>
    public void Add(LikelihoodScore score, Instant? respondedAt)
    {
        if (respondedAt is not { } at)
        {
            _undated = _undated.Add(score);
            return;
        }

        var start = PeriodStart(at);
        ref var tally = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byStart, start, out _);
        tally = tally.Add(score);
    }

    /// <summary>Adds what another builder counted.</summary>
    /// <param name="other">A builder of the same zone, period and first day of the week.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The other builder cuts time differently.</exception>
    /// <exception cref="OverflowException">A count would exceed <see cref="long.MaxValue"/>.</exception>
    public void Merge(NpsTrendBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other, this) && (other.Zone != Zone || other.Period != Period || other.FirstDayOfWeek != FirstDayOfWeek))
        {
            throw new ArgumentException($"Only trends of the same zone, period and first day of the week merge; got {other.Zone.Id} {other.Period} {other.FirstDayOfWeek} into {Zone.Id} {Period} {FirstDayOfWeek}.", nameof(other));
        }

        foreach (var (start, tally) in other._byStart.ToArray())
        {
            _byStart[start] = _byStart.GetValueOrDefault(start).Merge(tally);
        }

        _undated = _undated.Merge(other._undated);
    }

    /// <summary>The trend of the scores counted so far: one point per period with at least one score, in time order.</summary>
    /// <returns>The trend.</returns>
    public NpsTrend Build()
    {
        var points = _byStart.OrderBy(p => p.Key).Select(p => new NpsTrendPoint(p.Key, Next(p.Key, Period), p.Value)).ToList();
        return new NpsTrend(Period, Zone, points, _undated);
    }

    /// <summary>The first day of the period holding an instant, remembered for the rest of its local day.</summary>
    private LocalDate PeriodStart(Instant at)
    {
        if (at >= _cachedFrom && at < _cachedTo)
        {
            return _cachedStart;
        }

        var zoned = at.InZone(Zone);
        var interval = zoned.GetZoneInterval();
        var midnight = at - Duration.FromNanoseconds(zoned.NanosecondOfDay);
        var from = interval.HasStart && interval.Start > midnight ? interval.Start : midnight;
        var to = midnight + Duration.FromDays(1);
        _cachedFrom = from;
        _cachedTo = interval.HasEnd && interval.End < to ? interval.End : to;
        _cachedStart = StartOf(zoned.Date, Period, FirstDayOfWeek);
        return _cachedStart;
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
