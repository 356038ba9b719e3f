using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Scoring.Tests.Nps.Boundaries;

public class NpsTallyBoundaryTests
{
    private static readonly int[] OneOfEach = [0, 6, 7, 8, 9, 10];

    [Fact]
    public void Each_score_falls_in_its_category_and_only_ten_is_perfect()
    {
        var tally = NpsTally.Of(OneOfEach.Select(LikelihoodScore.From));
        Assert.Equal((2L, 2L, 2L, 1L), (tally.Promoters, tally.Passives, tally.Detractors, tally.PerfectScores));
        Assert.Equal(6, tally.Total);
    }

    [Fact]
    public void Short_byte_span_is_tallied_one_score_at_a_time()
    {
        var tally = NpsTally.Of(OneOfEach.Select(s => (byte)s).ToArray().AsSpan());
        Assert.Equal((2L, 2L, 2L, 1L), (tally.Promoters, tally.Passives, tally.Detractors, tally.PerfectScores));
    }

    [Fact]
    public void Short_byte_span_with_an_11_names_its_index_and_value()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("scores", () => NpsTally.Of(new byte[] { 10, 3, 9, 11, 2 }.AsSpan()));
        Assert.Contains("the byte at index 3 is 11", e.Message, StringComparison.Ordinal);
        Assert.Equal((byte)11, e.ActualValue);
    }

    [Fact]
    public void Long_byte_span_of_tens_counts_every_perfect_score()
    {
        var bytes = Enumerable.Repeat((byte)10, 1000).Concat(Enumerable.Repeat((byte)9, 500)).Concat(Enumerable.Repeat((byte)6, 250)).Concat(Enumerable.Repeat((byte)7, 250)).ToArray();
        var tally = NpsTally.Of(bytes.AsSpan());
        Assert.Equal((1500L, 250L, 250L, 1000L), (tally.Promoters, tally.Passives, tally.Detractors, tally.PerfectScores));
    }

    [Fact]
    public void Shares_of_each_category_are_counts_over_the_total()
    {
        var tally = NpsTally.FromCounts(5, 3, 2, 1);
        Assert.Equal(0.5, tally.PromoterShare!.Value.Value);
        Assert.Equal(0.3, tally.PassiveShare!.Value.Value, 15);
        Assert.Equal(0.2, tally.DetractorShare!.Value.Value, 15);
        Assert.Equal(0.1, tally.PerfectRate!.Value.Value, 15);
        Assert.Equal(30d, tally.Nps!.Value, 12);
        Assert.Null(NpsTally.Empty.PromoterShare);
        Assert.Null(NpsTally.Empty.PassiveShare);
        Assert.Null(NpsTally.Empty.DetractorShare);
    }

    [Theory]
    [InlineData(0, 1, 0, 0d)]
    [InlineData(1, 0, 0, 100d)]
    [InlineData(0, 0, 1, -100d)]
    public void A_tally_of_one_category_is_not_empty(long promoters, long passives, long detractors, double nps)
    {
        var tally = NpsTally.FromCounts(promoters, passives, detractors);
        Assert.False(tally.IsEmpty);
        Assert.Equal(nps, tally.Nps);
    }

    [Fact]
    public void Every_count_is_checked_by_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>("promoters", () => NpsTally.FromCounts(-1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>("detractors", () => NpsTally.FromCounts(0, 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>("perfectScores", () => NpsTally.FromCounts(1, 0, 0, -1));
        Assert.Equal(3, NpsTally.FromCounts(3, 0, 0, 3).PerfectScores);
    }

    [Theory]
    [InlineData(10, 1L, 0L, 0L, 1L)]
    [InlineData(9, 1L, 0L, 0L, 0L)]
    [InlineData(8, 0L, 1L, 0L, 0L)]
    [InlineData(7, 0L, 1L, 0L, 0L)]
    [InlineData(6, 0L, 0L, 1L, 0L)]
    public void Adding_a_score_counts_it_once(int score, long promoters, long passives, long detractors, long perfect)
    {
        var tally = NpsTally.FromCounts(2, 2, 2, 1).Add(LikelihoodScore.From(score));
        Assert.Equal((2 + promoters, 2 + passives, 2 + detractors, 1 + perfect), (tally.Promoters, tally.Passives, tally.Detractors, tally.PerfectScores));
    }

    [Fact]
    public void Merging_adds_each_count()
    {
        var merged = NpsTally.FromCounts(1, 2, 3, 1) + NpsTally.FromCounts(10, 20, 30, 5);
        Assert.Equal((11L, 22L, 33L, 6L), (merged.Promoters, merged.Passives, merged.Detractors, merged.PerfectScores));
        Assert.Equal(merged, NpsTally.MergeAll([NpsTally.FromCounts(1, 2, 3, 1), NpsTally.FromCounts(10, 20, 30, 5)]));
    }

    [Fact]
    public void Overflowing_counts_throw_instead_of_wrapping()
    {
        var huge = NpsTally.FromCounts(long.MaxValue, 0, 0, long.MaxValue);
        Assert.Throws<OverflowException>(() => huge.Add(LikelihoodScore.From(10)));
        Assert.Throws<OverflowException>(() => huge.Merge(NpsTally.FromCounts(1, 0, 0)));
        Assert.Throws<OverflowException>(() => NpsTally.FromCounts(0, long.MaxValue, 0).Add(LikelihoodScore.From(7)));
        Assert.Throws<OverflowException>(() => NpsTally.FromCounts(0, 0, long.MaxValue).Add(LikelihoodScore.From(0)));
        Assert.Throws<OverflowException>(() => NpsTally.FromCounts(0, long.MaxValue, 0).Merge(NpsTally.FromCounts(0, 1, 0)));
        Assert.Throws<OverflowException>(() => NpsTally.FromCounts(0, 0, long.MaxValue).Merge(NpsTally.FromCounts(0, 0, 1)));
    }

    [Fact]
    public void Tallies_of_responses_refuse_null()
    {
        Assert.Throws<ArgumentNullException>("responses", () => NpsTally.Of((IEnumerable<SurveyResponse>)null!));
        Assert.Throws<ArgumentNullException>("responses", () => NpsTally.OfFirstVisits(null!));
        Assert.Throws<ArgumentNullException>("scores", () => NpsTally.Of((IEnumerable<LikelihoodScore>)null!));
        Assert.Throws<ArgumentNullException>("tallies", () => NpsTally.MergeAll(null!));
    }

    [Fact]
    public void Tally_of_responses_counts_every_response()
    {
        var tally = NpsTally.Of([new SurveyResponse(LikelihoodScore.From(10)), new SurveyResponse(LikelihoodScore.From(2), isFirstVisit: true)]);
        Assert.Equal((1L, 0L, 1L, 1L), (tally.Promoters, tally.Passives, tally.Detractors, tally.PerfectScores));
    }
}
