using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Nps;
using CustomerLifecycle.Tests.Shared;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Nps;

public class WeightedNpsTests
{
    // Reference toy (nps_formulas_check.out): (+1, 1), (+1, 1), (0, 2), (−1, 0.5), (+1, 3), (−1, 1)
    // → weighted NPS 0.4118, n_eff 4.446, SE_Kish 0.3659.
    private static readonly SurveyResponse[] Toy =
    [
        new(LikelihoodScore.From(9), weight: 1),
        new(LikelihoodScore.From(10), weight: 1),
        new(LikelihoodScore.From(7), weight: 2),
        new(LikelihoodScore.From(3), weight: 0.5),
        new(LikelihoodScore.From(9), weight: 3),
        new(LikelihoodScore.From(0), weight: 1),
    ];

    [Fact]
    public void Weighted_nps_and_kish_effective_size_match_the_reference()
    {
        var tally = WeightedNpsTally.Of(Toy);
        Assert.Equal(41.18, tally.Nps!.Value, 0.01);
        Assert.Equal(4.446, tally.EffectiveSampleSize!.Value, 0.001);
        var e = new NpsCalculator(new NpsOptions { IntervalMethod = NpsIntervalMethod.Wald }).Estimate(tally);
        Assert.Equal(36.59, e.StandardError!.Value, 0.01);
        Assert.Equal(6, e.Tally.Total);
    }

    [Fact]
    public void Equal_weights_give_the_unweighted_estimate()
    {
        var responses = Toy.Select(r => new SurveyResponse(r.Score, weight: 2.5)).ToArray();
        var calculator = new NpsCalculator();
        var weighted = calculator.Estimate(WeightedNpsTally.Of(responses));
        var plain = calculator.Estimate(NpsTally.Of(responses));
        Assert.Equal(plain.Nps!.Value, weighted.Nps!.Value, 10);
        Assert.Equal(plain.Interval!.Value.Low, weighted.Interval!.Value.Low, 10);
    }

    [Fact]
    public void All_zero_weights_leave_nps_undefined()
    {
        var tally = WeightedNpsTally.Of([new SurveyResponse(LikelihoodScore.From(9), weight: 0)]);
        Assert.Null(tally.Nps);
        Assert.False(new NpsCalculator().Estimate(tally).IsDefined);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.5)]
    public void Bad_weights_are_rejected(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>("weight", () => default(WeightedNpsTally).Add(LikelihoodScore.From(5), weight));

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public bool Weighted_merge_is_commutative_and_keeps_exact_counts(LikelihoodScore[] a, LikelihoodScore[] b)
    {
        var x = WeightedNpsTally.Of(a.Select((s, i) => new SurveyResponse(s, weight: 1 + (i % 3))));
        var y = WeightedNpsTally.Of(b.Select((s, i) => new SurveyResponse(s, weight: 0.5 + (i % 2))));
        var xy = x.Merge(y);
        return xy == y.Merge(x) && xy.Counts == NpsTally.Of([.. a, .. b]);
    }
}
