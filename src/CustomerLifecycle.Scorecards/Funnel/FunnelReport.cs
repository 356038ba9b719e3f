using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>An AARRR funnel: counts and conversions per stage, the bottleneck, core customers, their revenue and referrals.</summary>
public sealed record FunnelReport
{
    internal FunnelReport(long population, IReadOnlyList<FunnelStageResult> stages, Money averageTicket, double newCustomersPerReferrer)
    {
        Population = population;
        Stages = stages;
        CoreCustomers = stages[^1].Count;
        CoreRevenue = averageTicket * CoreCustomers;
        ValueAddedRevenue = averageTicket * stages[(int)FunnelStage.Revenue].Count;
        NewCustomers = CoreCustomers * newCustomersPerReferrer;
        Bottleneck = stages.Where(s => s.Conversion is not null).OrderBy(s => s.Conversion!.Value.Value).ThenBy(s => s.Stage).Select(s => (FunnelStage?)s.Stage).FirstOrDefault();
    }

    /// <summary>The population at the top (服务区域车主总数).</summary>
    public long Population { get; }

    /// <summary>The five stages in order; counts never increase down the stages.</summary>
    public IReadOnlyList<FunnelStageResult> Stages { get; }

    /// <summary>Customers who reached the last stage (核心客户): one after-sales network's 66.</summary>
    public long CoreCustomers { get; }

    /// <summary>Core customers × average ticket: one after-sales network's "66 × 3,500 = 23.1万" yearly service revenue of the core customers.</summary>
    public Money CoreRevenue { get; }

    /// <summary>Revenue-stage customers × average ticket (the paying customers' revenue; 441 × 3,500 in one after-sales network's practice).</summary>
    public Money ValueAddedRevenue { get; }

    /// <summary>New customers the core customers bring: core × new customers per referrer (one after-sales network: 66 × 1.5 = 99).</summary>
    public double NewCustomers { get; }

    /// <summary>The stage with the lowest conversion (the earliest on ties): the same +10 points there lifts the core count the
    /// most. Null when no stage has a defined conversion.</summary>
    public FunnelStage? Bottleneck { get; }

    /// <summary>The stage result.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The result.</returns>
    public FunnelStageResult this[FunnelStage stage] => Stages[(int)stage];

    /// <summary>What one more customer entering <paramref name="stage"/> is worth at the end: the product of the later stages'
    /// conversions (one after-sales network: a customer lost at acquisition costs 0.7 × 0.6 × 0.3 × 0.15 = 0.0189 referrers). 1 for the last
    /// stage; null when a later conversion is undefined.</summary>
    /// <param name="stage">The stage the customer enters (or is lost at).</param>
    /// <returns>Core customers per customer at that stage, 0–1, or null.</returns>
    public double? DownstreamYield(FunnelStage stage)
    {
        var product = 1d;
        for (var i = (int)stage + 1; i < Stages.Count; i++)
        {
            if (Stages[i].Conversion is not { } c)
            {
                return null;
            }

            product *= c.Value;
        }

        return product;
    }
}
