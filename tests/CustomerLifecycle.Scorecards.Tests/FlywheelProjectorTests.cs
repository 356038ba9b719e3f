using CustomerLifecycle.Core;
using CustomerLifecycle.Scorecards.Flywheel;

namespace CustomerLifecycle.Scorecards.Tests;

public class FlywheelProjectorTests
{
    [Fact]
    public void Seed_003_shenzhen_table_is_reproduced()
    {
        // seed 003: Jan 100 / 15, Mar 115 / 17 (15 %), Jun 138 / 21 (38 %), Sep 165 / 25 (65 %), Dec 198 / 30 (98 %).
        var points = new FlywheelProjector().Project(100);
        Assert.Equal([1, 3, 6, 9, 12], points.Select(p => p.Month));
        Assert.Equal([100L, 115, 138, 165, 198], points.Select(p => p.CoreCustomers));
        Assert.Equal([15L, 17, 21, 25, 30], points.Select(p => p.MonthlyReferrals));
        Assert.Equal([0, 15, 38, 65, 98], points.Select(p => (int)Math.Round(p.CumulativeGrowth * 100)));
    }

    [Fact]
    public void Revenue_follows_core_customers()
    {
        // seed 003: 35万/month → 69万/month. 198 × ¥3,500 = ¥693,000, which the seed prints as 69万 (+97 %; the exact rule gives +98 %).
        var points = new FlywheelProjector().Project(100);
        Assert.Equal(Money.From(350_000m, "CNY"), points[0].MonthlyRevenue);
        Assert.Equal(Money.From(693_000m, "CNY"), points[^1].MonthlyRevenue);
    }

    [Fact]
    public void The_growth_rule_can_be_replaced()
    {
        var options = new FlywheelOptions { StartMonth = 0, Steps = FlywheelOptions.MonthlySteps(1, 12, 0.064), ReferralRate = 0.2 };
        var points = new FlywheelProjector(options).Project(100);
        Assert.Equal(13, points.Count);
        // 100 × 1.064, rounded down each month: 106, 112, 119, 126, 134, 142, 151, 160, 170, 180, 191, 203.
        Assert.Equal([100L, 106, 112, 119, 126, 134, 142, 151, 160, 170, 180, 191, 203], points.Select(p => p.CoreCustomers));
        Assert.Equal(41, points[^1].MonthlyReferrals); // 203 × 0.2 = 40.6
    }

    [Fact]
    public void Shrinking_and_empty_flywheels_are_handled()
    {
        var shrinking = new FlywheelProjector(new FlywheelOptions { Steps = [new(2, -0.5), new(3, -0.5)] }).Project(3);
        Assert.Equal([3L, 1, 0], shrinking.Select(p => p.CoreCustomers));
        Assert.All(new FlywheelProjector().Project(0), p => Assert.Equal(0, p.CumulativeGrowth));
    }

    [Fact]
    public void Bad_rules_and_inputs_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("coreCustomers", () => new FlywheelProjector().Project(-1));
        Assert.Throws<ArgumentException>("options", () => new FlywheelProjector(new FlywheelOptions { Steps = [] }));
        Assert.Throws<ArgumentException>("options", () => new FlywheelProjector(new FlywheelOptions { Steps = [new(6, 0.1), new(3, 0.1)] }));
        Assert.Throws<ArgumentException>("options", () => new FlywheelProjector(new FlywheelOptions { Steps = [new(1, 0.1)] }));
        Assert.Throws<ArgumentException>("options", () => new FlywheelProjector(new FlywheelOptions { Steps = [new(3, double.NaN)] }));
        Assert.Throws<ArgumentException>("options", () => new FlywheelProjector(new FlywheelOptions { Steps = [new(3, -1)] }));
        Assert.Throws<ArgumentException>("options", () => new FlywheelProjector(new FlywheelOptions { ReferralRate = -0.1 }));
        Assert.Throws<ArgumentOutOfRangeException>("monthlyGrowth", () => FlywheelOptions.MonthlySteps(1, 2, double.PositiveInfinity));
        Assert.Throws<OverflowException>(() => new FlywheelProjector(new FlywheelOptions { Steps = FlywheelOptions.MonthlySteps(2, 80, 1.0) }).Project(1000));
    }

    [Fact]
    public void Steps_changed_after_construction_do_not_affect_the_projector()
    {
        var steps = new List<FlywheelStep> { new(3, 0.15) };
        var projector = new FlywheelProjector(new FlywheelOptions { Steps = steps });
        steps.Add(new(6, 0.5));
        Assert.Equal(2, projector.Project(100).Count);
    }
}
