using CustomerLifecycle.Docs.Examples;

namespace CustomerLifecycle.Docs.Tests;

public class ClvDeterministicTests
{
    [Fact]
    public void Summarize_example_gives_what_its_comments_say()
    {
        var summary = ClvDeterministic.Summarize();
        var c = Assert.Single(summary.Customers);
        Assert.Equal((2d, 30.43, 38.86, 22.345m), (c.Frequency, Math.Round(c.Recency, 2), Math.Round(c.Age, 2), c.MonetaryValue));
        Assert.Equal(1d, summary.Holdout![0].Frequency);
        Assert.Equal(26.48m, summary.Holdout[0].MonetaryValue);
    }

    [Fact]
    public void Value_example_gives_what_the_page_says()
    {
        var (breakdown, clv) = ClvDeterministic.Value();
        Assert.Equal(51_000m, breakdown.Total.Amount);
        Assert.Equal(0.588, breakdown.ShareOf(Scoring.Clv.Deterministic.ValueStreamKind.Family, Scoring.Clv.Deterministic.ValueStreamKind.Referral)!.Value.Value, 3);
        Assert.Equal(14_015m, Math.Round(clv.Amount)); // the page prints ¥14,015
    }
}
