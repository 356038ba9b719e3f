using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Flywheel;

/// <summary>One row of a flywheel projection (one after-sales network's table: month, core customers, referrals that month, growth).</summary>
/// <param name="Month">The month (1-based).</param>
/// <param name="CoreCustomers">Core customers.</param>
/// <param name="MonthlyReferrals">Referrals that month.</param>
/// <param name="CumulativeGrowth">Growth of core customers since the start (0.98 for +98 %).</param>
/// <param name="MonthlyRevenue">Service revenue that month.</param>
public sealed record FlywheelPoint(int Month, long CoreCustomers, long MonthlyReferrals, double CumulativeGrowth, Money MonthlyRevenue);
