using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>The leverage what-if of changing one stage's rate (one after-sales network: activation 70 % → 80 % lifts core customers 66 → 75).</summary>
public sealed record FunnelWhatIf
{
    internal FunnelWhatIf(FunnelStage stage, FunnelReport before, FunnelReport after)
    {
        Stage = stage;
        Before = before;
        After = after;
    }

    /// <summary>The stage changed.</summary>
    public FunnelStage Stage { get; }

    /// <summary>The funnel with the current rates.</summary>
    public FunnelReport Before { get; }

    /// <summary>The funnel with the changed rate.</summary>
    public FunnelReport After { get; }

    /// <summary>The relative change of core customers (75 / 66 − 1 ≈ +13.6 %, the practice's "+14 %"), or null when there were none before.</summary>
    public double? CoreLift => Before.CoreCustomers == 0 ? null : ((double)After.CoreCustomers / Before.CoreCustomers) - 1d;

    /// <summary>The change of core revenue (¥262,500 − ¥231,000 = ¥31,500).</summary>
    public Money CoreRevenueChange => After.CoreRevenue - Before.CoreRevenue;
}
