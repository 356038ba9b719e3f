using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Flywheel;

/// <summary>One row of a flywheel projection (one after-sales network's table: month, core customers, referrals that month, growth).</summary>
public sealed record FlywheelPoint
{
    internal FlywheelPoint(int month, long coreCustomers, long monthlyReferrals, double cumulativeGrowth, Money monthlyRevenue)
    {
        Month = month;
        CoreCustomers = coreCustomers;
        MonthlyReferrals = monthlyReferrals;
        CumulativeGrowth = cumulativeGrowth;
        MonthlyRevenue = monthlyRevenue;
    }

    /// <summary>The month (1-based).</summary>
    public int Month { get; }

    /// <summary>Core customers.</summary>
    public long CoreCustomers { get; }

    /// <summary>Referrals that month.</summary>
    public long MonthlyReferrals { get; }

    /// <summary>Growth of core customers since the start (0.98 for +98 %).</summary>
    public double CumulativeGrowth { get; }

    /// <summary>Service revenue that month.</summary>
    public Money MonthlyRevenue { get; }
}
