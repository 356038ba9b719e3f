using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Scorecards.Outcomes;

/// <summary>A predictive mapping from a banded value to an outcome probability, with the expected value of moving a
/// customer or a centre between bands (one after-sales network's practice: NPS band → five-year repurchase; first score → 90-day retention).</summary>
/// <remarks>
/// These figures are one after-sales network's observational data, not causal effects: the "expected value of a move" is the
/// difference the mapping predicts, to be read as a planning estimate. Moves between bands whose outcomes differ in kind
/// (one after-sales network's "&lt; 50 → 89 % churn" next to "50–69 → 22 % repurchase") have no defined difference and give null.
/// </remarks>
public sealed class OutcomeMapping
{
    private readonly Dictionary<string, BandOutcome> _outcomes;

    /// <summary>Makes a mapping.</summary>
    /// <param name="scale">The bands.</param>
    /// <param name="outcomes">The outcome of every band of the scale, by band key.</param>
    /// <exception cref="ArgumentNullException">An argument or an outcome is null.</exception>
    /// <exception cref="ArgumentException">A band has no outcome, an outcome names no band, or an outcome key is blank.</exception>
    public OutcomeMapping(BandScale scale, IReadOnlyDictionary<string, BandOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(outcomes);
        _outcomes = new Dictionary<string, BandOutcome>(StringComparer.Ordinal);
        foreach (var (key, outcome) in outcomes)
        {
            ArgumentNullException.ThrowIfNull(outcome, nameof(outcomes));
            if (string.IsNullOrWhiteSpace(outcome.OutcomeKey))
            {
                throw new ArgumentException($"The outcome of band '{key}' has a blank outcome key.", nameof(outcomes));
            }

            if (!scale.Bands.Any(b => b.Key == key))
            {
                throw new ArgumentException($"The outcome for '{key}' names no band of the scale ({string.Join(", ", scale.Bands.Select(b => b.Key))}).", nameof(outcomes));
            }

            _outcomes[key] = outcome;
        }

        var missing = scale.Bands.FirstOrDefault(b => !_outcomes.ContainsKey(b.Key));
        if (missing is not null)
        {
            throw new ArgumentException($"The band '{missing.Key}' has no outcome; every band needs one.", nameof(outcomes));
        }

        Scale = scale;
    }

    /// <summary>One after-sales network's internal study of 456 centres (2022): NPS 90+ → 73 % five-year repurchase/upgrade; 70–89 → 48 %;
    /// 50–69 → 22 %; below 50 → 89 % five-year churn. Bands on −100..100, lower bound inclusive: 90 is "90+", 70 is "70–89".</summary>
    public static OutcomeMapping NpsFiveYearRepurchase { get; } = new(
        BandScale.HigherIsBetter(-100, 100, ["nps_below_50", "nps_50_69", "nps_70_89", "nps_90_plus"], 50, 70, 90),
        new Dictionary<string, BandOutcome>
        {
            ["nps_below_50"] = new(OutcomeKeys.Churn5Years, Fraction.From(0.89)),
            ["nps_50_69"] = new(OutcomeKeys.Repurchase5Years, Fraction.From(0.22)),
            ["nps_70_89"] = new(OutcomeKeys.Repurchase5Years, Fraction.From(0.48)),
            ["nps_90_plus"] = new(OutcomeKeys.Repurchase5Years, Fraction.From(0.73)),
        });

    /// <summary>One after-sales network's Shenzhen centre: first-visit score ≥ 9 → 85 % retained after 90 days; 7–8 → 55 %; ≤ 6 → 15 %.
    /// Bands on the 0–10 score, keyed by NPS category.</summary>
    public static OutcomeMapping FirstScoreRetention90Days { get; } = new(
        BandScale.HigherIsBetter(0, 10, ["detractor", "passive", "promoter"], 7, 9),
        new Dictionary<string, BandOutcome>
        {
            ["detractor"] = new(OutcomeKeys.Retention90Days, Fraction.From(0.15)),
            ["passive"] = new(OutcomeKeys.Retention90Days, Fraction.From(0.55)),
            ["promoter"] = new(OutcomeKeys.Retention90Days, Fraction.From(0.85)),
        });

    /// <summary>The bands.</summary>
    public BandScale Scale { get; }

    /// <summary>The outcome projected for a value: the probability its band carries.</summary>
    /// <param name="value">The value on the scale.</param>
    /// <returns>The band's outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or outside the scale.</exception>
    public BandOutcome Project(double value) => _outcomes[Scale.Classify(value).Key];

    /// <summary>The change of outcome probability when a customer (or a centre) moves from one value to another, or null when
    /// the two bands predict different kinds of outcome.</summary>
    /// <param name="from">The current value.</param>
    /// <param name="to">The value after the move.</param>
    /// <returns>The probability difference, −1..1 (70–89 → 90+: 0.73 − 0.48 = +0.25), or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or outside the scale.</exception>
    public double? ProbabilityChange(double from, double to)
    {
        var a = Project(from);
        var b = Project(to);
        return string.Equals(a.OutcomeKey, b.OutcomeKey, StringComparison.Ordinal) ? b.Probability.Value - a.Probability.Value : null;
    }

    /// <summary>The expected value of moving customers between values: probability change × value per outcome × customers.</summary>
    /// <param name="from">The current value.</param>
    /// <param name="to">The value after the move.</param>
    /// <param name="valuePerOutcome">What one occurrence of the outcome is worth (e.g. a repurchase's margin, a retained customer's CLV).</param>
    /// <param name="customers">How many customers move; ≥ 0.</param>
    /// <returns>The expected value, or null when the bands predict different kinds of outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or outside the scale, or <paramref name="customers"/> is negative.</exception>
    public Money? ExpectedValueOfMove(double from, double to, Money valuePerOutcome, long customers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(customers);
        return ProbabilityChange(from, to) is { } change ? valuePerOutcome * ((decimal)change * customers) : null;
    }

    /// <summary>The expected outcome probability of a centre from its score distribution (e.g. expected 90-day retention of
    /// first-time customers from their first-visit scores), for mappings over the 0–10 score whose bands keep each NPS category
    /// whole (0–6, 7–8, 9–10 each in one band) and predict one kind of outcome.</summary>
    /// <param name="tally">The scores' tally.</param>
    /// <returns>The expected probability, or null when the tally is empty.</returns>
    /// <exception cref="InvalidOperationException">The mapping is not over 0–10 scores, splits a category, or mixes outcome kinds.</exception>
    public double? ExpectedProbability(NpsTally tally)
    {
        if (Scale.Minimum != 0d || Scale.Maximum != 10d)
        {
            throw new InvalidOperationException("Only a mapping over 0–10 likelihood scores can be applied to an NPS tally.");
        }

        var detractor = Whole(0, 6);
        var passive = Whole(7, 8);
        var promoter = Whole(9, 10);
        if (detractor.OutcomeKey != passive.OutcomeKey || passive.OutcomeKey != promoter.OutcomeKey)
        {
            throw new InvalidOperationException("The mapping predicts different kinds of outcome for different categories; an average would mix them.");
        }

        return tally.IsEmpty ? null
            : ((tally.Detractors * detractor.Probability.Value) + (tally.Passives * passive.Probability.Value) + (tally.Promoters * promoter.Probability.Value)) / tally.Total;
    }

    private BandOutcome Whole(int low, int high)
    {
        var band = Scale.Classify(low);
        for (var s = low + 1; s <= high; s++)
        {
            if (Scale.Classify(s) != band)
            {
                throw new InvalidOperationException($"The mapping splits the scores {low}–{high} across bands; it cannot be applied to an NPS tally.");
            }
        }

        return _outcomes[band.Key];
    }
}
