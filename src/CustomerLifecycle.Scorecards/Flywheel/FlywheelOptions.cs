using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Flywheel;

/// <summary>Options of <see cref="FlywheelProjector"/>: the growth rule of one after-sales network's Shenzhen case, made explicit.</summary>
/// <remarks>
/// The rule: starting from the core customers in <see cref="StartMonth"/>, each step multiplies them by 1 + its growth
/// rate and rounds <b>down</b> to a whole customer; the month's referrals are core customers × <see cref="ReferralRate"/>
/// rounded to the nearest whole (halves away from zero). With the defaults this reproduces the practice's table exactly:
/// 100 → 115 (+15 % by March) → 138 → 165 (165.6) → 198 (+20 % a quarter), referrals 15 → 17 → 21 → 25 → 30.
/// </remarks>
public sealed record FlywheelOptions
{
    /// <summary>The month of the starting point.</summary>
    /// <value>1 (January).</value>
    public int StartMonth { get; set; } = 1;

    /// <summary>The steps, in ascending months.</summary>
    /// <value>One after-sales network: March +15 %, June +20 %, September +20 %, December +20 %.</value>
    public IReadOnlyList<FlywheelStep> Steps { get; set; } = [new(3, 0.15), new(6, 0.20), new(9, 0.20), new(12, 0.20)];

    /// <summary>Monthly referrals per core customer; finite, ≥ 0.</summary>
    /// <value>0.15 (one after-sales network: 15 referrals from 100 core customers, 30 from 198).</value>
    public double ReferralRate { get; set; } = 0.15;

    /// <summary>Monthly service revenue per core customer; not negative.</summary>
    /// <value>¥3,500 (one after-sales network: 35万 a month from 100 core customers).</value>
    public Money MonthlyRevenuePerCoreCustomer { get; set; } = Money.From(3500m, "CNY");

    /// <summary>Makes steps of a constant monthly growth: one step per month from <paramref name="firstMonth"/> to <paramref name="lastMonth"/>.</summary>
    /// <param name="firstMonth">The first month to project (1-based).</param>
    /// <param name="lastMonth">The last month to project; ≥ <paramref name="firstMonth"/>.</param>
    /// <param name="monthlyGrowth">The growth per month, finite and &gt; −1.</param>
    /// <returns>The steps.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The months are out of order or the growth is not finite and &gt; −1.</exception>
    public static IReadOnlyList<FlywheelStep> MonthlySteps(int firstMonth, int lastMonth, double monthlyGrowth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastMonth, firstMonth);
        if (!double.IsFinite(monthlyGrowth) || monthlyGrowth <= -1d)
        {
            throw new ArgumentOutOfRangeException(nameof(monthlyGrowth), monthlyGrowth, "A growth rate must be finite and greater than −1.");
        }

        return [.. Enumerable.Range(firstMonth, lastMonth - firstMonth + 1).Select(m => new FlywheelStep(m, monthlyGrowth))];
    }
}
