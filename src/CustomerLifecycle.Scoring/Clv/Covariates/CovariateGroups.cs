namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>Customers grouped by the covariate values the fit uses: one group per distinct vector.</summary>
internal sealed class CovariateGroups
{
    private CovariateGroups(IReadOnlyList<double> values)
    {
        Values = values;
    }

    /// <summary>The covariate vector of the group (all names; only the used columns are shared by every member).</summary>
    public IReadOnlyList<double> Values { get; }

    public List<CustomerSummary> Summaries { get; } = [];

    /// <summary>Groups the customers, checking each has one value per covariate name.</summary>
    /// <exception cref="ArgumentNullException">A customer is null.</exception>
    /// <exception cref="ArgumentException">No customers, or a customer with the wrong number of values.</exception>
    public static IReadOnlyList<CovariateGroups> Of(IEnumerable<CovariateCustomer> customers, CovariateDesign design, string paramName)
    {
        var groups = new Dictionary<string, CovariateGroups>(StringComparer.Ordinal);
        var position = 0;
        foreach (var c in customers)
        {
            position++;
            if (c is null)
            {
                throw new ArgumentNullException(paramName, "The customers must not contain null.");
            }

            if (c.Values.Count != design.Names.Length)
            {
                throw new ArgumentException(
                    $"Customer {position} has {c.Values.Count} covariate values; the fit names {design.Names.Length} ({string.Join(", ", design.Names)}).",
                    paramName);
            }

            var key = string.Join('|', design.Used.Select(i => BitConverter.DoubleToInt64Bits(c.Values[i] == 0d ? 0d : c.Values[i])));
            if (!groups.TryGetValue(key, out var group))
            {
                group = new CovariateGroups(c.Values);
                groups.Add(key, group);
            }

            group.Summaries.Add(c.Summary);
        }

        return groups.Count == 0
            ? throw new ArgumentException("At least one customer is needed to fit a model.", paramName)
            : groups.Values.ToArray();
    }
}
