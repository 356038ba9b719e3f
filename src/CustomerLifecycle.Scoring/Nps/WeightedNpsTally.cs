using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>
/// Sums of survey weights per category and of squared weights: the sufficient statistic of a weighted NPS and of Kish's
/// effective sample size.
/// </summary>
/// <remarks>
/// <para>Weighted NPS = (Σw over promoters − Σw over detractors) / Σw, on −100..100. Its variance uses Kish's effective
/// sample size n_eff = (Σw)² / Σw² in place of n (Kish 1965); that ignores clustering and weight–outcome covariance.</para>
/// <para>Mergeable like <see cref="NpsTally"/>: merging is commutative exactly and associative up to floating-point rounding
/// of the weight sums (the counts in <see cref="Counts"/> stay exact). The default value is the empty tally.</para>
/// </remarks>
public readonly record struct WeightedNpsTally
{
    private WeightedNpsTally(NpsTally counts, double promoterWeight, double passiveWeight, double detractorWeight, double sumOfSquaredWeights)
    {
        Counts = counts;
        PromoterWeight = promoterWeight;
        PassiveWeight = passiveWeight;
        DetractorWeight = detractorWeight;
        SumOfSquaredWeights = sumOfSquaredWeights;
    }

    /// <summary>The unweighted counts.</summary>
    public NpsTally Counts { get; }

    /// <summary>Σw over promoters.</summary>
    public double PromoterWeight { get; }

    /// <summary>Σw over passives.</summary>
    public double PassiveWeight { get; }

    /// <summary>Σw over detractors.</summary>
    public double DetractorWeight { get; }

    /// <summary>Σw² over all responses.</summary>
    public double SumOfSquaredWeights { get; }

    /// <summary>Σw over all responses.</summary>
    public double TotalWeight => PromoterWeight + PassiveWeight + DetractorWeight;

    /// <summary>The weighted NPS on −100..100, or null when the total weight is 0 (undefined).</summary>
    public double? Nps => TotalWeight > 0d ? 100d * (PromoterWeight - DetractorWeight) / TotalWeight : null;

    /// <summary>Kish's effective sample size (Σw)²/Σw², or null when the total weight is 0.</summary>
    public double? EffectiveSampleSize => TotalWeight > 0d ? TotalWeight * TotalWeight / SumOfSquaredWeights : null;

    /// <summary>Tallies weighted responses.</summary>
    /// <param name="responses">The responses; each carries its <see cref="SurveyResponse.Weight"/>.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    public static WeightedNpsTally Of(IEnumerable<SurveyResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var tally = default(WeightedNpsTally);
        foreach (var r in responses)
        {
            tally = tally.Add(r.Score, r.Weight);
        }

        return tally;
    }

    /// <summary>Adds one weighted score.</summary>
    /// <param name="score">The score.</param>
    /// <param name="weight">Its weight: finite and ≥ 0.</param>
    /// <returns>A new tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is NaN, infinite or negative.</exception>
    public WeightedNpsTally Add(LikelihoodScore score, double weight)
    {
        if (!double.IsFinite(weight) || weight < 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"A survey weight must be a finite number ≥ 0; got {weight.ToString(CultureInfo.InvariantCulture)}.");
        }

        var counts = Counts.Add(score);
        var squared = SumOfSquaredWeights + (weight * weight);
        return score.Category switch
        {
            NpsCategory.Promoter => new(counts, PromoterWeight + weight, PassiveWeight, DetractorWeight, squared),
            NpsCategory.Passive => new(counts, PromoterWeight, PassiveWeight + weight, DetractorWeight, squared),
            _ => new(counts, PromoterWeight, PassiveWeight, DetractorWeight + weight, squared),
        };
    }

    /// <summary>Merges two tallies.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The merged tally.</returns>
    public WeightedNpsTally Merge(WeightedNpsTally other) => new(
        Counts.Merge(other.Counts),
        PromoterWeight + other.PromoterWeight,
        PassiveWeight + other.PassiveWeight,
        DetractorWeight + other.DetractorWeight,
        SumOfSquaredWeights + other.SumOfSquaredWeights);
}
