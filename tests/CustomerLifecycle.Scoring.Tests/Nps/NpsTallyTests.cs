using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Nps;
using CustomerLifecycle.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Nps;

public class NpsTallyTests
{
    [Theory]
    [InlineData(70, 20, 10, 60d)] // seed 000: before, 70 % promoters and 10 % detractors → NPS 60
    [InlineData(80, 10, 10, 70d)] // seed 000: the "NPS > 70" target ≈ ≥ 80 % promoters, ≤ 10 % detractors
    public void Nps_is_percent_promoters_minus_percent_detractors(long promoters, long passives, long detractors, double expected) =>
        Assert.Equal(expected, NpsTally.FromCounts(promoters, passives, detractors).Nps!.Value, 10);

    [Fact]
    public void Seed_000_after_figures_give_80_not_the_stated_75()
    {
        // seed 000 says "NPS 60 → 75 means promoters 70 % → 85 % and detractors 10 % → 5 %"; by its own formula
        // (NPS = %promoters − %detractors) 85 % and 5 % give 80. The formula wins; the seed's prose is inconsistent.
        Assert.Equal(80d, NpsTally.FromCounts(85, 10, 5).Nps!.Value, 10);
    }

    [Fact]
    public void Nps_of_no_responses_is_undefined()
    {
        Assert.Null(NpsTally.Empty.Nps);
        Assert.Null(NpsTally.Of(Array.Empty<LikelihoodScore>()).Nps);
        Assert.Null(NpsTally.Of(ReadOnlySpan<byte>.Empty).PerfectRate);
        Assert.True(default(NpsTally).IsEmpty);
    }

    [Fact]
    public void Perfect_rate_is_the_share_of_tens()
    {
        var tally = NpsTally.Of(new[] { 10, 10, 9, 8, 3 }.Select(LikelihoodScore.From));
        Assert.Equal(0.4, tally.PerfectRate!.Value.Value, 12);
        Assert.Equal(3, tally.Promoters);
    }

    [Fact]
    public void First_visit_tally_ignores_later_visits()
    {
        var responses = new[]
        {
            new SurveyResponse(LikelihoodScore.From(10), isFirstVisit: true),
            new SurveyResponse(LikelihoodScore.From(3), isFirstVisit: true),
            new SurveyResponse(LikelihoodScore.From(0)),
        };
        var tally = NpsTally.OfFirstVisits(responses);
        Assert.Equal(2, tally.Total);
        Assert.Equal(0d, tally.Nps);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(255 * 32)]
    [InlineData((255 * 32) + 1)]
    [InlineData(300_001)]
    public void Span_tally_equals_the_scalar_tally_at_every_length(int length)
    {
        var bytes = new byte[length];
        var random = new Random(length);
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)random.Next(0, 11);
        }

        Assert.Equal(NpsTally.Of(bytes.Select(b => LikelihoodScore.From(b))), NpsTally.Of(bytes));
    }

    [Theory]
    [InlineData(5, 11)]
    [InlineData(100, 255)]
    [InlineData(70_000, 12)]
    public void Span_tally_rejects_a_byte_over_10_and_names_its_index(int index, byte value)
    {
        var bytes = new byte[100_000];
        bytes[index] = value;
        var ex = Assert.Throws<ArgumentOutOfRangeException>("scores", () => NpsTally.Of(bytes));
        Assert.Contains($"index {index}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_must_not_be_negative_and_tens_cannot_exceed_promoters()
    {
        Assert.Throws<ArgumentOutOfRangeException>("passives", () => NpsTally.FromCounts(1, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>("perfectScores", () => NpsTally.FromCounts(1, 0, 0, 2));
        Assert.Throws<OverflowException>(() => NpsTally.FromCounts(long.MaxValue, 1, 0));
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public bool Nps_lies_between_minus_100_and_100(LikelihoodScore[] scores)
    {
        var nps = NpsTally.Of(scores).Nps;
        return scores.Length == 0 ? nps is null : nps is >= -100d and <= 100d;
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public bool Merged_tallies_equal_the_tally_of_all(LikelihoodScore[] a, LikelihoodScore[] b) =>
        NpsTally.Of(a).Merge(NpsTally.Of(b)) == NpsTally.Of([.. a, .. b]);

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public Property Merging_any_partition_gives_exactly_the_whole(LikelihoodScore[] scores) =>
        Prop.ForAll(
            Gen.Choose(1, 8).Select(k => k).ToArbitrary(),
            parts =>
            {
                var partials = scores.Select((s, i) => (s, i)).GroupBy(x => x.i % parts).Select(g => NpsTally.Of(g.Select(x => x.s)));
                return NpsTally.MergeAll(partials) == NpsTally.Of(scores);
            });

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public bool Merge_is_commutative_and_associative(LikelihoodScore[] a, LikelihoodScore[] b, LikelihoodScore[] c)
    {
        NpsTally x = NpsTally.Of(a), y = NpsTally.Of(b), z = NpsTally.Of(c);
        return x + y == y + x && (x + y) + z == x + (y + z) && x + NpsTally.Empty == x;
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public bool Tally_does_not_depend_on_order(LikelihoodScore[] scores) =>
        NpsTally.Of(scores) == NpsTally.Of(scores.Reverse()) && NpsTally.Of(scores) == NpsTally.Of(scores.OrderBy(s => s.Value));

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public bool Adding_a_promoter_never_lowers_nps(LikelihoodScore[] scores)
    {
        var before = NpsTally.Of(scores);
        var after = before.Add(LikelihoodScore.From(9));
        return before.Nps is null || after.Nps >= before.Nps;
    }
}
