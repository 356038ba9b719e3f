using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>
/// One customer's (or one group's, through <see cref="DiscreteSummary.Weight"/>) history of discrete transaction
/// opportunities (x, t_x, n) with the values of its time-invariant covariates, in the order of
/// <see cref="ClvCovariateOptions.Names"/>: the input of a BG/BB covariate fit.
/// </summary>
public sealed record DiscreteCovariateCustomer
{
    /// <summary>Makes the row; the values are copied.</summary>
    /// <param name="summary">The history (x, t_x, n, weight).</param>
    /// <param name="values">The covariate values, each finite, one per covariate name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public DiscreteCovariateCustomer(DiscreteSummary summary, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Summary = summary;
        Values = CovariateValues.Copy(values, "customer", nameof(values));
    }

    /// <summary>The history of opportunities.</summary>
    public DiscreteSummary Summary { get; }

    /// <summary>The covariate values, in the order of the covariate names.</summary>
    public IReadOnlyList<double> Values { get; }
}
