using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Scorecards.Value;

namespace CustomerLifecycle.Scorecards.Tests;

public class ValueTests
{
    private static Money Cny(decimal amount) => Money.From(amount, "CNY");

    [Fact]
    public void Seed_002_rescue_returns_about_182_times_its_cost()
    {
        // seed 002: ¥1,150 rescue → 3 referred purchases worth ¥2.1M → 10 % net margin → ¥210k → "182倍".
        var roi = ReferralRoi.Compute(Cny(1150m), Cny(2_100_000m), Fraction.From(0.10));
        Assert.Equal(210_000m, roi.Profit.Amount);
        Assert.Equal(182.6, roi.Multiple, 0.05); // 182.608…; the seed prints it truncated as 182
        Assert.Equal(182, (int)roi.Multiple);
        Assert.Equal(roi.Multiple - 1, roi.NetReturn, 12);
    }

    [Fact]
    public void Seed_001_hundred_yuan_gesture_counts_the_whole_clv()
    {
        // seed 001: ¥100 (ride home + car delivery) → 8 referrals × ¥100k eight-year CLV. The seed writes the total as
        // 800万 (¥8M); 8 × 10万 is 80万 (¥800k), so the return is 8,000×, not 80,000×.
        var roi = ReferralRoi.Compute(Cny(100m), Cny(8m * 100_000m), Fraction.One);
        Assert.Equal(800_000m, roi.Profit.Amount);
        Assert.Equal(8_000, roi.Multiple, 12);
    }

    [Fact]
    public void Seed_002_value_dashboard_pairs_cost_with_value()
    {
        var dashboard = ValueDashboard.AfterSalesExample;
        Assert.Equal([250d, 15d, null, 10d], dashboard.Lines.Select(l => l.Multiple));
        Assert.Equal(7_800_000m, dashboard.TotalCost.Amount);
        Assert.Equal("本季度亏损", dashboard.Lines[0].CostLabel(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("Value of each promoter", dashboard.Lines[2].ValueLabel(null));
        Assert.Equal("custom", new ValueLine("custom", null, Cny(1m)).CostLabel(null));
    }

    [Fact]
    public void Bad_value_figures_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("cost", () => ReferralRoi.Compute(Cny(0m), Cny(1m), Fraction.One));
        Assert.Throws<ArgumentOutOfRangeException>("referredPurchases", () => ReferralRoi.Compute(Cny(1m), Cny(-1m), Fraction.One));
        Assert.Throws<ArgumentException>("referredPurchases", () => ReferralRoi.Compute(Cny(1m), Money.From(1m, "USD"), Fraction.One));
        Assert.Throws<ArgumentOutOfRangeException>("cost", () => new ValueLine("x", Cny(-1m), Cny(1m)));
        Assert.Throws<ArgumentException>("valueCreated", () => new ValueLine("x", Cny(1m), Money.From(1m, "USD")));
        Assert.Throws<ArgumentException>("lines", () => new ValueDashboard([]));
        Assert.Throws<ArgumentException>("lines", () => new ValueDashboard([new("a", null, Cny(1m)), new("b", null, Money.From(1m, "USD"))]));
    }
}
