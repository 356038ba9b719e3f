namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>The rows of the customers (or cohorts) that share one covariate vector.</summary>
/// <typeparam name="TRow">The base model's row: a purchase summary, a discrete history or a cohort.</typeparam>
internal sealed class CovariateGroup<TRow>
{
    public CovariateGroup(IReadOnlyList<double> values)
    {
        Values = values;
    }

    /// <summary>The covariate vector of the group (all names; only the used columns are shared by every member).</summary>
    public IReadOnlyList<double> Values { get; }

    public List<TRow> Rows { get; } = [];
}

/// <summary>Customers grouped by the covariate values the fit uses: one group per distinct vector, in order of first appearance.</summary>
internal static class CovariateGroups
{
    /// <summary>Groups continuous-time customers.</summary>
    /// <exception cref="ArgumentNullException">A customer is null.</exception>
    /// <exception cref="ArgumentException">No customers, or a customer with the wrong number of values.</exception>
    public static IReadOnlyList<CovariateGroup<CustomerSummary>> Of(IEnumerable<CovariateCustomer> customers, CovariateDesign design, string paramName) =>
        Of(customers, c => c.Values, c => c.Summary, design, paramName, "Customer");

    /// <summary>Groups the members by covariate vector, checking each has one value per covariate name.</summary>
    /// <param name="members">The customers or cohorts.</param>
    /// <param name="values">A member's covariate values.</param>
    /// <param name="row">A member's row for the base model.</param>
    /// <param name="design">The layout: which columns the fit uses.</param>
    /// <param name="paramName">The argument named in exceptions.</param>
    /// <param name="noun">What a member is called in messages ("Customer", "Cohort").</param>
    /// <exception cref="ArgumentNullException">A member is null.</exception>
    /// <exception cref="ArgumentException">No members, or a member with the wrong number of values.</exception>
    public static IReadOnlyList<CovariateGroup<TRow>> Of<TMember, TRow>(
        IEnumerable<TMember> members,
        Func<TMember, IReadOnlyList<double>> values,
        Func<TMember, TRow> row,
        CovariateDesign design,
        string paramName,
        string noun)
    {
        var groups = new Dictionary<string, CovariateGroup<TRow>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var m in members)
        {
            position++;
            if (m is null)
            {
                throw new ArgumentNullException(paramName, $"The {noun.ToLowerInvariant()}s must not contain null.");
            }

            var v = values(m);
            if (v.Count != design.Names.Length)
            {
                throw new ArgumentException(
                    $"{noun} {position} has {v.Count} covariate values; the fit names {design.Names.Length} ({string.Join(", ", design.Names)}).",
                    paramName);
            }

            var key = string.Join('|', design.Used.Select(i => BitConverter.DoubleToInt64Bits(v[i] == 0d ? 0d : v[i])));
            if (!groups.TryGetValue(key, out var group))
            {
                group = new CovariateGroup<TRow>(v);
                groups.Add(key, group);
            }

            group.Rows.Add(row(m));
        }

        return groups.Count == 0
            ? throw new ArgumentException($"At least one {noun.ToLowerInvariant()} is needed to fit a model.", paramName)
            : groups.Values.ToArray();
    }
}
