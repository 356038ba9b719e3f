using System.Globalization;
using CustomerLifecycle.Scoring.Clv.Models;
using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>The likelihood-ratio test of a restricted fit against a fuller fit in which it is nested.</summary>
/// <param name="Statistic">2·(LL_full − LL_restricted), ≥ 0.</param>
/// <param name="DegreesOfFreedom">The difference in the number of estimated parameters, ≥ 1.</param>
/// <param name="PValue">P(χ²_df ≥ statistic): small values reject the restriction.</param>
public sealed record LikelihoodRatioTest(double Statistic, int DegreesOfFreedom, double PValue)
{
    /// <summary>
    /// Tests the restricted fit against the full one (Wilks: twice the log-likelihood gain is asymptotically χ² with as
    /// many degrees of freedom as the restrictions). The caller asserts the nesting, e.g. a covariate dropped, or one
    /// coefficient shared by both processes instead of two; with L2 penalties the reference distribution is only approximate.
    /// </summary>
    /// <param name="restricted">The fit with fewer parameters.</param>
    /// <param name="full">The fit with more parameters, of the same model on the same customers.</param>
    /// <returns>The statistic, degrees of freedom and p-value.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The fits are of different models or customers, or the full fit does not have more parameters.</exception>
    public static LikelihoodRatioTest Compare(ClvModelFit restricted, ClvModelFit full)
    {
        ArgumentNullException.ThrowIfNull(restricted);
        ArgumentNullException.ThrowIfNull(full);
        if (!string.Equals(restricted.Model, full.Model, StringComparison.Ordinal) || restricted.Customers != full.Customers)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Both fits must be of one model on the same customers; got {restricted.Model} on {restricted.Customers} and {full.Model} on {full.Customers}."),
                nameof(full));
        }

        var df = full.Parameters.Count - restricted.Parameters.Count;
        if (df < 1)
        {
            throw new ArgumentException($"The full fit must have more parameters than the restricted one; got {full.Parameters.Count} and {restricted.Parameters.Count}.", nameof(full));
        }

        var statistic = Math.Max(0d, 2d * (full.LogLikelihood - restricted.LogLikelihood));
        var p = statistic == 0d ? 1d : SpecialFunctions.GammaUpperRegularized(df / 2d, statistic / 2d);
        return new LikelihoodRatioTest(statistic, df, p);
    }
}
