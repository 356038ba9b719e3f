using CustomerLifecycle.Core;
using CustomerLifecycle.Scorecards.Experience;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Tests;

public class PeakEndScorerTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 1, 0);
    private static readonly CustomerId Customer = CustomerId.From("zhang");

    private static ExperienceMoment M(int minute, double feeling, string? label = null) =>
        new(Customer, T0 + Duration.FromMinutes(minute), feeling, label: label);

    [Fact]
    public void Seed_001_designed_peak_and_perfect_ending_are_what_is_remembered()
    {
        // seed 001 (Chengdu): a designed peak (3D inspection report, "delights" 95) and an end moment of 92; the long
        // wait in between (60) barely matters to memory.
        var score = new PeakEndScorer().Compute([M(0, 75), M(30, 95, "3D report"), M(60, 60), M(120, 92, "hand-over")]);
        Assert.Equal(93.5, score.Remembered, 12);
        Assert.Equal("3D report", score.Peak.Label);
        Assert.Equal("hand-over", score.End.Label);
        Assert.Equal(80.5, score.Average, 12);
    }

    [Fact]
    public void A_bad_moment_is_the_peak_when_it_is_the_most_intense()
    {
        // A 2-hour wait (10) outweighs pleasant moments (75) however many there are.
        var score = new PeakEndScorer().Compute([M(0, 75), M(10, 10), M(20, 75), M(30, 75), M(40, 80)]);
        Assert.Equal(10, score.Peak.Feeling);
        Assert.Equal(45, score.Remembered, 12);
        Assert.True(score.Average > score.Remembered);
    }

    [Fact]
    public void Input_order_does_not_matter()
    {
        ExperienceMoment[] moments = [M(90, 60), M(0, 95), M(45, 30)];
        var a = new PeakEndScorer().Compute(moments);
        var b = new PeakEndScorer().Compute(moments.Reverse());
        Assert.Equal(a, b);
        Assert.Equal(77.5, a.Remembered, 12);
    }

    [Fact]
    public void Weights_can_be_overridden() =>
        Assert.Equal(90, new PeakEndScorer(new PeakEndOptions { PeakWeight = 1 }).Compute([M(0, 90), M(5, 20)]).Remembered, 12);

    [Fact]
    public void Bad_input_is_rejected()
    {
        var scorer = new PeakEndScorer();
        Assert.Throws<ArgumentException>("moments", () => scorer.Compute([]));
        Assert.Throws<ArgumentException>("moments", () => scorer.Compute([M(0, 50), new ExperienceMoment(CustomerId.From("other"), T0, 50)]));
        Assert.Throws<ArgumentOutOfRangeException>("feeling", () => M(0, 101));
        Assert.Throws<ArgumentOutOfRangeException>("feeling", () => M(0, double.NaN));
        Assert.Throws<ArgumentException>("options", () => new PeakEndScorer(new PeakEndOptions { PeakWeight = double.NaN }));
    }
}
