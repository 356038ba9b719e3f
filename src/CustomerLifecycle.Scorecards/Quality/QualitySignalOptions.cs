using NodaTime;

namespace CustomerLifecycle.Scorecards.Quality;

/// <summary>Options of <see cref="QualitySignalDetector"/> (one after-sales network: five cars, the same fault, within three weeks).</summary>
public sealed record QualitySignalOptions
{
    /// <summary>The time window the repeated faults must fall in (first to last report strictly within it).</summary>
    /// <value>21 days (one after-sales network: "连续3周内").</value>
    public Duration Window { get; set; } = Duration.FromDays(21);

    /// <summary>The least number of records sharing the attributes; ≥ 2.</summary>
    /// <value>5 (one after-sales network: five cars).</value>
    public int MinimumSupport { get; set; } = 5;

    /// <summary>The least number of shared attributes for a signal; ≥ 1.</summary>
    /// <value>2.</value>
    public int MinimumSharedAttributes { get; set; } = 2;
}
