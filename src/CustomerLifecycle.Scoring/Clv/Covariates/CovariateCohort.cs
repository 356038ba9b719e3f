using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>
/// One contractual cohort (or segment) whose customers share the values of their time-invariant covariates, in the order
/// of <see cref="ClvCovariateOptions.Names"/>: the input of an sBG covariate fit. Several cohorts may share one vector.
/// </summary>
public sealed record CovariateCohort
{
    /// <summary>Makes the cohort; the values are copied.</summary>
    /// <param name="survivors">The survivors at the start of each period (period 0 = cohort size).</param>
    /// <param name="values">The covariate values, each finite, one per covariate name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public CovariateCohort(CohortSurvivors survivors, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(survivors);
        Survivors = survivors;
        Values = CovariateValues.Copy(values, "cohort", nameof(values));
    }

    /// <summary>The survivor counts.</summary>
    public CohortSurvivors Survivors { get; }

    /// <summary>The covariate values, in the order of the covariate names.</summary>
    public IReadOnlyList<double> Values { get; }
}
