namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// Customer summaries compressed to weighted unique (x, t_x, T) rows, with each row's x, t_x and T also indexed into
/// their distinct values so that per-evaluation terms are computed once per distinct value, not once per row.
/// </summary>
internal sealed class SummaryRows
{
    private SummaryRows(double[] x, double[] tx, double[] age, double[] weight)
    {
        Count = x.Length;
        Weight = weight;
        DistinctX = Distinct(x, out var xIndex);
        DistinctRecency = Distinct(tx, out var txIndex);
        DistinctAge = Distinct(age, out var ageIndex);
        XIndex = xIndex;
        RecencyIndex = txIndex;
        AgeIndex = ageIndex;
        Customers = weight.Sum();
        WeightByX = new double[DistinctX.Length];
        for (var i = 0; i < Count; i++)
        {
            WeightByX[xIndex[i]] += weight[i];
            TotalRepeatPurchases += weight[i] * x[i];
            TotalAge += weight[i] * age[i];
        }
    }

    /// <summary>Σ weight · x: all repeat purchases (the models' starting values use it).</summary>
    public double TotalRepeatPurchases { get; }

    /// <summary>Σ weight · T: all the time observed.</summary>
    public double TotalAge { get; }

    public int Count { get; }

    public double Customers { get; }

    public double[] Weight { get; }

    public double[] DistinctX { get; }

    public double[] DistinctRecency { get; }

    public double[] DistinctAge { get; }

    public int[] XIndex { get; }

    public int[] RecencyIndex { get; }

    public int[] AgeIndex { get; }

    /// <summary>Total weight of the rows with each distinct x.</summary>
    public double[] WeightByX { get; }

    /// <summary>Compresses the summaries (identical (x, t_x, T) rows merge, weights add).</summary>
    /// <exception cref="ArgumentNullException">The sequence or an element is null.</exception>
    /// <exception cref="ArgumentException">The sequence is empty.</exception>
    public static SummaryRows From(IEnumerable<CustomerSummary> customers, string paramName)
    {
        ArgumentNullException.ThrowIfNull(customers, paramName);
        var map = new Dictionary<(double X, double Tx, double T), double>();
        foreach (var c in customers)
        {
            if (c is null)
            {
                throw new ArgumentNullException(paramName, "The customer summaries must not contain null.");
            }

            var key = (c.Frequency, c.Recency, c.Age);
            map[key] = map.GetValueOrDefault(key) + c.Weight;
        }

        if (map.Count == 0)
        {
            throw new ArgumentException("At least one customer summary is needed to fit a model.", paramName);
        }

        var keys = map.Keys.OrderBy(k => k.X).ThenBy(k => k.T).ThenBy(k => k.Tx).ToArray();
        return new SummaryRows(
            keys.Select(k => k.X).ToArray(),
            keys.Select(k => k.Tx).ToArray(),
            keys.Select(k => k.T).ToArray(),
            keys.Select(k => map[k]).ToArray());
    }

    private static double[] Distinct(double[] values, out int[] index)
    {
        var distinct = values.Distinct().Order().ToArray();
        var lookup = new Dictionary<double, int>(distinct.Length);
        for (var i = 0; i < distinct.Length; i++)
        {
            lookup[distinct[i]] = i;
        }

        index = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            index[i] = lookup[values[i]];
        }

        return distinct;
    }
}
