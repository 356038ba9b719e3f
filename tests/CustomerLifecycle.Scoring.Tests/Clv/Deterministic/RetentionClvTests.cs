using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv.Deterministic;
using FsCheck;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Deterministic;

public class RetentionClvTests
{
    [Fact]
    public void Infinite_horizon_end_of_period_is_m_r_over_1_plus_d_minus_r()
    {
        // m = 100, r = 0.8, d = 0.1: 100 × 0.8 / 0.3 = 266.67 (Gupta & Lehmann's margin multiple r / (1 + d − r)).
        var clv = RetentionClv.Compute(Money.From(100m, "CNY"), Fraction.From(0.8), 0.1, periods: null);
        Assert.Equal(266.6667m, Math.Round(clv.Amount, 4));
        Assert.Equal("CNY", clv.Currency);
    }

    [Fact]
    public void Infinite_horizon_start_of_period_is_m_times_1_plus_d_over_1_plus_d_minus_r()
    {
        var factor = RetentionClv.Factor(Fraction.From(0.8), 0.1, null, MarginTiming.StartOfPeriod);
        Assert.Equal(1.1 / 0.3, factor, 12);
    }

    [Fact]
    public void Finite_horizon_sums_the_discounted_survival_terms()
    {
        // N = 3 years, r = 0.85 (seed 004's best centres keep 85–90 %), d = 0.08, end of period: Σ_{t=1..3} q^t.
        var q = 0.85 / 1.08;
        var expected = q + (q * q) + (q * q * q);
        Assert.Equal(expected, RetentionClv.Factor(Fraction.From(0.85), 0.08, 3), 12);
        Assert.Equal(1 + q + (q * q), RetentionClv.Factor(Fraction.From(0.85), 0.08, 3, MarginTiming.StartOfPeriod), 12);
    }

    [Theory]
    [InlineData(0.0, 0.0, 5, 1.0, 0.0)] // nobody retained: only today's margin (start), nothing later (end)
    [InlineData(1.0, 0.0, 8, 8.0, 8.0)] // full retention, no discount: N margins
    [InlineData(0.5, 0.0, 0, 0.0, 0.0)] // empty horizon
    public void Degenerate_cases_have_their_plain_values(double r, double d, int n, double start, double end)
    {
        Assert.Equal(start, RetentionClv.Factor(Fraction.From(r), d, n, MarginTiming.StartOfPeriod), 12);
        Assert.Equal(end, RetentionClv.Factor(Fraction.From(r), d, n, MarginTiming.EndOfPeriod), 12);
    }

    [Fact]
    public void Bad_arguments_throw_naming_the_parameter()
    {
        var r = Fraction.From(0.5);
        Assert.Throws<ArgumentOutOfRangeException>("discountRate", () => RetentionClv.Factor(r, -0.01, 3));
        Assert.Throws<ArgumentOutOfRangeException>("discountRate", () => RetentionClv.Factor(r, double.NaN, 3));
        Assert.Throws<ArgumentOutOfRangeException>("discountRate", () => RetentionClv.Factor(r, double.PositiveInfinity, 3));
        Assert.Throws<ArgumentOutOfRangeException>("periods", () => RetentionClv.Factor(r, 0.1, -1));
        Assert.Throws<ArgumentOutOfRangeException>("timing", () => RetentionClv.Factor(r, 0.1, 3, (MarginTiming)5));
        Assert.Throws<ArgumentOutOfRangeException>("retention", () => RetentionClv.Factor(Fraction.One, 0d, null));
        Assert.Throws<ArgumentOutOfRangeException>("retention", () => RetentionClv.ExpectedLifetime(Fraction.One));
    }

    [Fact]
    public void Expected_lifetime_is_one_over_churn()
    {
        // seed 004: first-service retention 40 % vs 85 % → 1.67 vs 6.67 periods.
        Assert.Equal(1d / 0.6, RetentionClv.ExpectedLifetime(Fraction.From(0.4)), 12);
        Assert.Equal(1d / 0.15, RetentionClv.ExpectedLifetime(Fraction.From(0.85)), 12);
    }

    [Property]
    public bool Finite_horizon_approaches_the_infinite_one_from_below(byte retentionPercent, byte discountPercent, byte horizon)
    {
        var r = Fraction.From(Math.Min(retentionPercent, (byte)99) / 100d);
        var d = discountPercent / 100d;
        var finite = RetentionClv.Factor(r, d, horizon);
        var longer = RetentionClv.Factor(r, d, horizon + 1);
        var infinite = RetentionClv.Factor(r, d, null);
        return finite <= longer + 1e-12 && longer <= infinite + 1e-9 && double.IsFinite(infinite);
    }

    [Property]
    public bool Value_rises_with_retention_and_falls_with_the_discount_rate(byte a, byte b, byte discountPercent)
    {
        var (low, high) = (Math.Min(a, b) / 256d, Math.Max(a, b) / 256d);
        var d = discountPercent / 100d;
        return RetentionClv.Factor(Fraction.From(low), d, 10) <= RetentionClv.Factor(Fraction.From(high), d, 10)
            && RetentionClv.Factor(Fraction.From(high), d + 0.05, 10) <= RetentionClv.Factor(Fraction.From(high), d, 10);
    }
}
