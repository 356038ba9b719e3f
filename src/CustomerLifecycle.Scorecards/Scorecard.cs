namespace CustomerLifecycle.Scorecards;

/// <summary>A titled set of banded metrics with an overall verdict: the common shape every scorecard of this package returns.</summary>
public sealed record Scorecard
{
    /// <summary>Makes a scorecard.</summary>
    /// <param name="scorecardId">The stable id, e.g. <c>activation</c>; the title is the resource <c>scorecard.{id}</c>.</param>
    /// <param name="title">The localised title.</param>
    /// <param name="metrics">The metrics, in display order.</param>
    /// <param name="verdict">The overall verdict, or null when the table has none.</param>
    /// <exception cref="ArgumentException"><paramref name="scorecardId"/> or <paramref name="title"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="metrics"/> or one of its items is null.</exception>
    public Scorecard(string scorecardId, string title, IEnumerable<BandedMetric> metrics, Verdict? verdict)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scorecardId);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(metrics);
        var list = metrics.ToArray();
        if (Array.Exists(list, m => m is null))
        {
            throw new ArgumentNullException(nameof(metrics), "A scorecard metric is null.");
        }

        ScorecardId = scorecardId;
        Title = title;
        Metrics = Array.AsReadOnly(list);
        Verdict = verdict;
    }

    /// <summary>The stable id, e.g. <c>activation</c> or <c>lifecycle</c>.</summary>
    public string ScorecardId { get; }

    /// <summary>The localised title.</summary>
    public string Title { get; }

    /// <summary>The metrics in display order.</summary>
    public IReadOnlyList<BandedMetric> Metrics { get; }

    /// <summary>The overall verdict, or null when the table has none.</summary>
    public Verdict? Verdict { get; }

    /// <summary>The metric with an id.</summary>
    /// <param name="metricId">The id.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="KeyNotFoundException">No metric has the id.</exception>
    public BandedMetric this[string metricId] =>
        Metrics.FirstOrDefault(m => string.Equals(m.MetricId, metricId, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The scorecard '{ScorecardId}' has no metric '{metricId}'.");
}
