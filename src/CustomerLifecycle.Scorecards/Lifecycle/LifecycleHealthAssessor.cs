using System.Globalization;

namespace CustomerLifecycle.Scorecards.Lifecycle;

/// <summary>One after-sales network's lifecycle health assessment (生命周期健康度评估表): five stages × four bands and a diagnosis by the count of "excellent".</summary>
/// <remarks>Bands follow the lower-bound-inclusive rule of <see cref="BandScale"/>. Pure and thread-safe.</remarks>
public sealed class LifecycleHealthAssessor
{
    private readonly LifecycleHealthOptions _options;

    /// <summary>Makes an assessor with the practice's tables.</summary>
    public LifecycleHealthAssessor()
        : this(new LifecycleHealthOptions())
    {
    }

    /// <summary>Makes an assessor.</summary>
    /// <param name="options">The scales and cut-offs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every failure).</exception>
    public LifecycleHealthAssessor(LifecycleHealthOptions options) =>
        _options = OptionsGuard.Valid<LifecycleHealthOptions, LifecycleHealthOptionsValidator>(options, nameof(options)) with { };

    /// <summary>Bands the five metrics and diagnoses the lifecycle.</summary>
    /// <param name="input">The stage metrics.</param>
    /// <param name="culture">The culture of the texts (en, zh-CN); null means English.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The first-visit NPS is NaN or outside the scale's domain.</exception>
    public LifecycleHealthAssessment Evaluate(LifecycleHealthInput input, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        BandedMetric[] metrics =
        [
            BandedMetric.Evaluate(MetricIds.LifecycleYearlyVisitRate, input.YearlyVisitRate.Value, MetricUnit.Fraction, _options.YearlyVisitRate, culture),
            BandedMetric.Evaluate(MetricIds.LifecycleFirstVisitNps, input.FirstVisitNps, MetricUnit.NpsPoints, _options.FirstVisitNps, culture),
            BandedMetric.Evaluate(MetricIds.LifecycleYearlyRetention, input.YearlyRetention.Value, MetricUnit.Fraction, _options.YearlyRetention, culture),
            BandedMetric.Evaluate(MetricIds.LifecycleValueAddedPenetration, input.ValueAddedPenetration.Value, MetricUnit.Fraction, _options.ValueAddedPenetration, culture),
            BandedMetric.Evaluate(MetricIds.LifecycleReferralRate, input.ReferralRate.Value, MetricUnit.Fraction, _options.ReferralRate, culture),
        ];
        var excellent = metrics.Count(m => m.Band is { IsBest: true });
        var diagnosis = Diagnose(excellent);
        var verdict = ScorecardText.Verdict("lifecycle." + diagnosis.ToString().ToLowerInvariant(), culture);
        var card = new Scorecard("lifecycle", ScorecardText.Get("scorecard.lifecycle", culture), metrics, verdict);
        return new LifecycleHealthAssessment(card, excellent, diagnosis);
    }

    /// <summary>The diagnosis for a count of excellent stages (one after-sales network: 5 → flywheel, 3–4 → good, 1–2 → weak, 0 → crisis).</summary>
    /// <param name="excellentCount">Stages in their best band, 0–5.</param>
    /// <returns>The diagnosis.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="excellentCount"/> is outside 0–5.</exception>
    public LifecycleDiagnosis Diagnose(int excellentCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(excellentCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(excellentCount, 5);
        return excellentCount >= _options.FlywheelMinimumExcellent ? LifecycleDiagnosis.Flywheel
            : excellentCount >= _options.GoodMinimumExcellent ? LifecycleDiagnosis.Good
            : excellentCount >= _options.WeakMinimumExcellent ? LifecycleDiagnosis.Weak
            : LifecycleDiagnosis.Crisis;
    }
}
