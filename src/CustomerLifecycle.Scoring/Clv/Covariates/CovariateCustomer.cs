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
        Summary = summary;
        Values = CovariateValues.Copy(values, "customer", nameof(values));
    }

    /// <summary>The purchase summary.</summary>
    public CustomerSummary Summary { get; }

    /// <summary>The covariate values, in the order of the covariate names.</summary>
    public IReadOnlyList<double> Values { get; }
}

/// <summary>The check every covariate row makes of its values.</summary>
internal static class CovariateValues
{
    /// <summary>A copy of the values, each checked to be finite.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static double[] Copy(IEnumerable<double> values, string owner, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var copy = values.ToArray();
        return Array.FindIndex(copy, v => !double.IsFinite(v)) is var bad and >= 0
            ? throw new ArgumentException($"Covariate value {bad + 1} of the {owner} must be a finite number.", paramName)
            : copy;
    }
}
