namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>The customers a Gamma-Gamma fit can use, and those it excludes with the reason.</summary>
/// <param name="Eligible">Repeat buyers with a positive mean spend, in input order.</param>
/// <param name="Excluded">Repeat buyers without one, by position and customer id.</param>
public sealed record GammaGammaEligibility(IReadOnlyList<CustomerSummary> Eligible, IReadOnlyList<ClvExclusion> Excluded);
