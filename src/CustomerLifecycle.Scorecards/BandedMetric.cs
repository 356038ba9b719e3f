using System.Globalization;

namespace CustomerLifecycle.Scorecards;

/// <summary>One metric of a scorecard: its value, the band it falls in, and the localised label, band name and advice.</summary>
/// <remarks>
/// A metric whose value is undefined (first-visit NPS with no first-visit responses) has a null <see cref="Value"/> and
/// <see cref="Band"/>, no <see cref="BandName"/>, and advice saying data is missing: never 0 and never NaN.
/// </remarks>
public sealed record BandedMetric
{
    private BandedMetric(string metricId, double? value, MetricUnit unit, BandScale scale, Band? band, long? sampleSize, string label, string? bandName, string advice)
    {
        MetricId = metricId;
        Value = value;
        Unit = unit;
        Scale = scale;
        Band = band;
        SampleSize = sampleSize;
        Label = label;
        BandName = bandName;
        Advice = advice;
    }

    /// <summary>The stable metric id, e.g. <c>activation.first_visit_nps</c>; its label is the resource <c>metric.{id}</c>.</summary>
    public string MetricId { get; }

    /// <summary>The value in <see cref="Unit"/>, or null when undefined.</summary>
    public double? Value { get; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public MetricUnit Unit { get; }

    /// <summary>The scale the value was banded on (for charts of band positions).</summary>
    public BandScale Scale { get; }

    /// <summary>The band of <see cref="Value"/>, or null when undefined.</summary>
    public Band? Band { get; }

    /// <summary>How many customers or responses the value rests on, when known.</summary>
    public long? SampleSize { get; }

    /// <summary>The localised metric name, e.g. "First-visit NPS" / "首次NPS".</summary>
    public string Label { get; }

    /// <summary>The localised band name, e.g. "Excellent" / "优秀"; null when the value is undefined.</summary>
    public string? BandName { get; }

    /// <summary>The localised advice for this metric in this band (what to do).</summary>
    public string Advice { get; }

    /// <summary>Whether the value is defined.</summary>
    public bool IsDefined => Value is not null;

    /// <summary>Bands a value and attaches the localised texts.</summary>
    /// <param name="metricId">The metric id; texts are looked up as <c>metric.{id}</c> (the id itself when missing) and <c>advice.{id}.{band}</c> (falling back to <c>advice.{band}</c>).</param>
    /// <param name="value">The value in the scale's unit, or null when undefined.</param>
    /// <param name="unit">The unit of the value.</param>
    /// <param name="scale">The scale.</param>
    /// <param name="culture">The culture of the texts (e.g. zh-CN or en); null means invariant, which is English.</param>
    /// <param name="sampleSize">How many customers or responses the value rests on, when known; ≥ 0.</param>
    /// <returns>The banded metric.</returns>
    /// <exception cref="ArgumentException"><paramref name="metricId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or outside the scale's domain, or <paramref name="sampleSize"/> is negative.</exception>
    public static BandedMetric Evaluate(string metricId, double? value, MetricUnit unit, BandScale scale, CultureInfo? culture = null, long? sampleSize = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricId);
        ArgumentNullException.ThrowIfNull(scale);
        if (sampleSize is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleSize), sampleSize, "A sample size must not be negative.");
        }

        var label = ScorecardText.TryGet("metric." + metricId, culture) ?? metricId;
        if (value is not { } v)
        {
            return new BandedMetric(metricId, null, unit, scale, null, sampleSize, label, null, ScorecardText.Get("advice.undefined", culture));
        }

        if (!scale.TryClassify(v, out var band))
        {
            throw new ArgumentOutOfRangeException(nameof(value), v, $"The value of {metricId} must be a number in [{scale.Minimum.ToString(CultureInfo.InvariantCulture)}, {scale.Maximum.ToString(CultureInfo.InvariantCulture)}]; got {v.ToString(CultureInfo.InvariantCulture)}.");
        }

        var advice = ScorecardText.TryGet($"advice.{metricId}.{band.Key}", culture) ?? ScorecardText.Get("advice." + band.Key, culture);
        return new BandedMetric(metricId, v, unit, scale, band, sampleSize, label, ScorecardText.BandName(band.Key, culture), advice);
    }
}
