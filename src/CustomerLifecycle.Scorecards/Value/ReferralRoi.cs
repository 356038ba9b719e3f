using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Value;

/// <summary>The return on a gesture that led to referred purchases (one after-sales network: a ¥1,150 rescue → 3 referred purchases worth
/// ¥2.1M → at 10 % net margin ¥210k profit → ROI ≈ 182×).</summary>
/// <remarks>That network's "ROI" is profit ÷ cost (210,000 ÷ 1,150 = 182.6, printed as 182); <see cref="NetReturn"/> gives
/// (profit − cost) ÷ cost = 181.6 for those who define ROI net of the cost.</remarks>
public sealed record ReferralRoi
{
    private ReferralRoi(Money cost, Money referredPurchases, Fraction netMargin)
    {
        Cost = cost;
        ReferredPurchases = referredPurchases;
        NetMargin = netMargin;
        Profit = referredPurchases * (decimal)netMargin.Value;
        Multiple = (double)(Profit.Amount / cost.Amount);
        NetReturn = (double)((Profit.Amount - cost.Amount) / cost.Amount);
    }

    /// <summary>What the gesture cost.</summary>
    public Money Cost { get; }

    /// <summary>The value of the purchases it led to.</summary>
    public Money ReferredPurchases { get; }

    /// <summary>The net margin on those purchases.</summary>
    public Fraction NetMargin { get; }

    /// <summary>Referred purchases × margin (¥210,000 in one after-sales network's practice).</summary>
    public Money Profit { get; }

    /// <summary>Profit ÷ cost: the practice's ROI multiple (182.6).</summary>
    public double Multiple { get; }

    /// <summary>(Profit − cost) ÷ cost (181.6).</summary>
    public double NetReturn { get; }

    /// <summary>Computes the return.</summary>
    /// <param name="cost">What the gesture cost; positive.</param>
    /// <param name="referredPurchases">The value of the purchases it led to; ≥ 0, same currency.</param>
    /// <param name="netMargin">The net margin (0.1 for 10 %; 1 to count the whole value, as one after-sales network's ¥100 → 8 referrals × ¥100k CLV does).</param>
    /// <returns>The return.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cost"/> is not positive or <paramref name="referredPurchases"/> is negative.</exception>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static ReferralRoi Compute(Money cost, Money referredPurchases, Fraction netMargin)
    {
        if (cost.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(cost), cost, "The cost must be positive to compute a return.");
        }

        if (referredPurchases.Amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(referredPurchases), referredPurchases, "Referred purchases must not be negative.");
        }

        if (!string.Equals(cost.Currency, referredPurchases.Currency, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot compare {cost.Currency} with {referredPurchases.Currency}: convert explicitly first.", nameof(referredPurchases));
        }

        return new ReferralRoi(cost, referredPurchases, netMargin);
    }
}
