using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Lifecycle;

/// <summary>The five stage metrics of one after-sales network's lifecycle health assessment, as measured by the caller.</summary>
/// <param name="YearlyVisitRate">Acquisition: share of the area's owners who visited in the year.</param>
/// <param name="FirstVisitNps">Activation: first-visit NPS on −100..100, or null when there were no first-visit responses.</param>
/// <param name="YearlyRetention">Retention: share of customers retained over the year.</param>
/// <param name="ValueAddedPenetration">Revenue: share of customers who bought value-added services.</param>
/// <param name="ReferralRate">Referral: share of customers who referred someone.</param>
public sealed record LifecycleHealthInput(Fraction YearlyVisitRate, double? FirstVisitNps, Fraction YearlyRetention, Fraction ValueAddedPenetration, Fraction ReferralRate);
