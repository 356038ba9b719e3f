namespace CustomerLifecycle.Scorecards.Experience;

/// <summary>Scores a visit by the peak-end rule (峰终定律; Kahneman et al. 1993, Redelmeier &amp; Kahneman 1996; see docs/concepts/scorecards.md): the experience is remembered by its
/// most intense moment and its final moment, not by the average.</summary>
/// <remarks>Remembered = <see cref="PeakEndOptions.PeakWeight"/> × peak + (1 − weight) × end, on the 0–100 feeling scale.
/// One after-sales network's Chengdu figures (end moment 92, remembered 88 after 90 days) are survey measurements, not outputs of this rule:
/// with the end at 92 the rule cannot give 88 unless a more intense moment scored 84, which 92 already outranks.</remarks>
public sealed class PeakEndScorer
{
    private readonly PeakEndOptions _options;

    /// <summary>Makes a scorer with equal weights and neutral 50.</summary>
    public PeakEndScorer()
        : this(new PeakEndOptions())
    {
    }

    /// <summary>Makes a scorer.</summary>
    /// <param name="options">The weights.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public PeakEndScorer(PeakEndOptions options) =>
        _options = OptionsGuard.Valid<PeakEndOptions, PeakEndOptionsValidator>(options, nameof(options)) with { };

    /// <summary>Scores the moments of one visit.</summary>
    /// <param name="moments">The visit's moments, any order, all of one customer; at least one.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="moments"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">No moments, or moments of more than one customer.</exception>
    public PeakEndScore Compute(IEnumerable<ExperienceMoment> moments)
    {
        ArgumentNullException.ThrowIfNull(moments);
        ExperienceMoment? peak = null, end = null;
        double sum = 0;
        var count = 0;
        foreach (var m in moments)
        {
            ArgumentNullException.ThrowIfNull(m, nameof(moments));
            if (peak is not null && m.Customer != peak.Customer)
            {
                throw new ArgumentException($"A visit's moments belong to one customer; got {peak.Customer} and {m.Customer}.", nameof(moments));
            }

            var intensity = Math.Abs(m.Feeling - _options.Neutral);
            if (peak is null || intensity > Math.Abs(peak.Feeling - _options.Neutral) || (intensity == Math.Abs(peak.Feeling - _options.Neutral) && m.At < peak.At))
            {
                peak = m;
            }

            if (end is null || m.At >= end.At)
            {
                end = m;
            }

            sum += m.Feeling;
            count++;
        }

        if (peak is null || end is null)
        {
            throw new ArgumentException("A peak-end score needs at least one moment.", nameof(moments));
        }

        var remembered = (_options.PeakWeight * peak.Feeling) + ((1d - _options.PeakWeight) * end.Feeling);
        return new PeakEndScore(peak, end, remembered, sum / count, count);
    }
}
