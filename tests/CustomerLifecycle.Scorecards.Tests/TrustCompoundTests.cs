using CustomerLifecycle.Scorecards.Trust;

namespace CustomerLifecycle.Scorecards.Tests;

public class TrustCompoundTests
{
    // Seed 003 prints 193 for 60 × 1.05^24 = 193.5 and 18 for 60 × 0.95^24 = 17.5: it truncates one and rounds the other,
    // so the seed's figures are matched within 0.6.
    [Theory]
    [InlineData(60, 0.05, 24, 193, 0.6)]
    [InlineData(60, -0.05, 24, 18, 0.6)]
    [InlineData(60, 0.10, 10, 156, 0.5)] // seed 004: 60 × (1 + 0.1)^10 = 155.6 ≈ 156
    [InlineData(60, 0, 10, 60, 1e-12)] // seed 004: "超预期率 0%" stays at 60
    public void Seed_trust_compound_examples(double initial, double rate, int touchpoints, double expected, double tolerance) =>
        Assert.Equal(expected, TrustCompound.After(initial, rate, touchpoints), tolerance);

    [Fact]
    public void Exact_values_of_the_seed_examples()
    {
        Assert.Equal(193.50599, TrustCompound.After(60, 0.05, 24), 4e-5);
        Assert.Equal(17.51934, TrustCompound.After(60, -0.05, 24), 4e-5);
        Assert.Equal(2.6, TrustCompound.After(1, 0.1, 10), 0.05); // seed 004: "提升2.6倍" (2.594, printed to one decimal)
    }

    [Fact]
    public void The_curve_starts_at_the_initial_trust()
    {
        var curve = TrustCompound.Curve(60, 0.05, 24);
        Assert.Equal(25, curve.Count);
        Assert.Equal(60, curve[0]);
        Assert.Equal(63, curve[1], 12);
        Assert.Equal(TrustCompound.After(60, 0.05, 24), curve[^1], 12);
    }

    [Fact]
    public void Seed_003_hangzhou_customer_curve()
    {
        // Delivery: range promise missed (trust 40); then +10 at first service, year 1, 2, 3, 5 and 8.
        string[] labels = ["first service", "year 1", "year 2", "year 3", "year 5", "year 8: referred 3 friends"];
        var curve = TrustCompound.Curve(40, labels.Select(l => new TrustTouchpoint(l, 10)));
        Assert.Equal([40d, 50, 60, 70, 80, 90, 100], curve.Select(p => p.Trust));
        Assert.Equal("year 8: referred 3 friends", curve[^1].Label);
    }

    [Fact]
    public void One_bad_experience_wipes_out_many_good_ones_and_trust_never_goes_negative()
    {
        var curve = TrustCompound.Curve(60, [new("good", 0.05, TrustChangeKind.Rate), new("good", 0.05, TrustChangeKind.Rate), new("betrayal", -80), new("apology", 10)]);
        Assert.Equal([60, 63, 66.15, 0, 10], curve.Select(p => Math.Round(p.Trust, 2)));
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("initial", () => TrustCompound.After(double.NaN, 0.05, 3));
        Assert.Throws<ArgumentOutOfRangeException>("initial", () => TrustCompound.After(-1, 0.05, 3));
        Assert.Throws<ArgumentOutOfRangeException>("growthRate", () => TrustCompound.After(60, -1, 3));
        Assert.Throws<ArgumentOutOfRangeException>("growthRate", () => TrustCompound.After(60, double.PositiveInfinity, 3));
        Assert.Throws<ArgumentOutOfRangeException>("touchpoints", () => TrustCompound.After(60, 0.05, -1));
        Assert.Throws<OverflowException>(() => TrustCompound.After(60, 1, 5000));
        Assert.Throws<ArgumentOutOfRangeException>("change", () => new TrustTouchpoint("x", double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("change", () => new TrustTouchpoint("x", -1, TrustChangeKind.Rate));
        Assert.Throws<ArgumentException>("label", () => new TrustTouchpoint(" ", 1));
        Assert.Throws<ArgumentNullException>("touchpoints", () => TrustCompound.Curve(60, [null!]));
    }
}
