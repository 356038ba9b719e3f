using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>
/// Residual value of contractual customers under the sBG model, by renewal decision: the discounted expected residual
/// lifetime (DERL) of Fader &amp; Hardie (2010), "Customer-Base Valuation in a Contractual Setting: The Perils of Ignoring
/// Heterogeneity", Marketing Science 29(1). At α = 3.80, β = 15.20 and d = 10 % a customer facing the first renewal is
/// worth 3.31 discounted periods of margin.
/// </summary>
public static class ContractualRenewals
{
    /// <summary>The largest renewal count accepted.</summary>
    public const int MaxRenewals = 100_000;

    /// <summary>DERL at renewal decisions 1…n.</summary>
    /// <param name="model">The fitted sBG model.</param>
    /// <param name="discount">The discount rate d per period (0.1 for 10 %); finite and &gt; 0, in practice ≥ 1e-6.</param>
    /// <param name="renewals">The last renewal decision n, 1…<see cref="MaxRenewals"/>.</param>
    /// <returns>n values, the k-th for renewal k: (β + k − 1)/(α + β + k − 1) · ₂F₁(1, β + k; α + β + k; 1/(1 + d)), increasing in k.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The discount is invalid or too small for the series, or <paramref name="renewals"/> is outside 1…<see cref="MaxRenewals"/>.</exception>
    public static IReadOnlyList<RenewalValue> ResidualLifetimes(SbgModel model, double discount, int renewals)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(renewals, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(renewals, MaxRenewals);
        var values = new RenewalValue[renewals];
        for (var n = 1; n <= renewals; n++)
        {
            // The model counts renewals already made (n − 1 here): the same customer, valued just before decision n.
            values[n - 1] = new RenewalValue(n, model.DiscountedExpectedResidualLifetime(discount, n - 1));
        }

        return values;
    }
}
