using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>Options of <see cref="FunnelAnalyzer"/>: the money and referral figures of one after-sales network's practice.</summary>
public sealed record FunnelOptions
{
    /// <summary>The yearly average ticket of a paying customer (年均客单价, value-added included); not negative.</summary>
    /// <value>¥3,500 (one after-sales network's practice).</value>
    public Money AverageTicket { get; set; } = Money.From(3500m, "CNY");

    /// <summary>New customers each referring customer brings; finite, ≥ 0.</summary>
    /// <value>1.5 (one after-sales network: 66 referrers → 99 new customers).</value>
    public double NewCustomersPerReferrer { get; set; } = 1.5;
}
