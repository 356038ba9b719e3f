using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>The conversion rate of each AARRR stage from the one before (acquisition: from the area's population).</summary>
/// <param name="Acquisition">Share of the population who visit (one after-sales network: 35 %).</param>
/// <param name="Activation">Share of acquired customers activated (one after-sales network: 70 %).</param>
/// <param name="Retention">Share of activated customers retained (one after-sales network: 60 %).</param>
/// <param name="Revenue">Share of retained customers buying value-added services (one after-sales network: 30 %).</param>
/// <param name="Referral">Share of paying customers who refer (one after-sales network: 15 %).</param>
public sealed record FunnelRates(Fraction Acquisition, Fraction Activation, Fraction Retention, Fraction Revenue, Fraction Referral)
{
    /// <summary>One after-sales network's practice: the yearly rates of a single service centre in a large city (35 % of the
    /// area's car owners visit, 70 % of them are activated, 60 % of those retained, 30 % of those buy value-added services,
    /// 15 % of those refer). A worked example for trying the funnel, not a benchmark.</summary>
    public static FunnelRates ServiceCentreExample { get; } = new(Fraction.From(0.35), Fraction.From(0.70), Fraction.From(0.60), Fraction.From(0.30), Fraction.From(0.15));

    /// <summary>The rate of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    public Fraction this[FunnelStage stage] => stage switch
    {
        FunnelStage.Acquisition => Acquisition,
        FunnelStage.Activation => Activation,
        FunnelStage.Retention => Retention,
        FunnelStage.Revenue => Revenue,
        FunnelStage.Referral => Referral,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown funnel stage."),
    };

    /// <summary>A copy with one stage's rate changed (the what-if of the leverage analysis).</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="rate">Its new rate.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    public FunnelRates WithRate(FunnelStage stage, Fraction rate) => stage switch
    {
        FunnelStage.Acquisition => this with { Acquisition = rate },
        FunnelStage.Activation => this with { Activation = rate },
        FunnelStage.Retention => this with { Retention = rate },
        FunnelStage.Revenue => this with { Revenue = rate },
        FunnelStage.Referral => this with { Referral = rate },
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown funnel stage."),
    };
}
