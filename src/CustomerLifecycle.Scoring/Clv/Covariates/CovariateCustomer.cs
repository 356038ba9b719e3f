namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>
/// One customer's (or one group's, through <see cref="CustomerSummary.Weight"/>) purchase summary with the values of its
/// time-invariant covariates, in the order of <see cref="ClvCovariateOptions.Names"/>.
/// </summary>
public sealed record CovariateCustomer
{
    /// <summary>Makes the row; the values are copied.</summary>
    /// <param name="summary">The purchase summary (x, t_x, T, weight).</param>
    /// <param name="values">The covariate values, each finite, one per covariate name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public CovariateCustomer(CustomerSummary summary, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(values);
        var copy = values.ToArray();
        if (Array.FindIndex(copy, v => !double.IsFinite(v)) is var bad and >= 0)
        {
            throw new ArgumentException($"Covariate value {bad + 1} of the customer must be a finite number.", nameof(values));
        }

        Summary = summary;
        Values = copy;
    }

    /// <summary>The purchase summary.</summary>
    public CustomerSummary Summary { get; }

    /// <summary>The covariate values, in the order of the covariate names.</summary>
    public IReadOnlyList<double> Values { get; }
}
