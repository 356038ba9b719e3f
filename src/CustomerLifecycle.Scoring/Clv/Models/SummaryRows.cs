namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// Customer summaries compressed to weighted unique (x, t_x, T) rows, with each row's x, t_x and T also indexed into
/// their distinct values so that per-evaluation terms are computed once per distinct value, not once per row.
/// </summary>
/// <remarks>
/// The rows are ordered by x, then T, then t_x, and the weights of identical rows are added in input order: the
/// likelihoods sum over the rows in this order, so it fixes the fitted parameters to the bit. <see cref="From"/> builds
/// them without hashing whole rows or sorting by comparisons (see <see cref="SummaryRowsSort"/>).
/// </remarks>
internal sealed class SummaryRows
{
    private SummaryRows(double[] distinctX, int[] xIndex, double[] distinctRecency, int[] recencyIndex, double[] distinctAge, int[] ageIndex, double[] weight)
    {
        Count = weight.Length;
        Weight = weight;
        DistinctX = distinctX;
        DistinctRecency = distinctRecency;
        DistinctAge = distinctAge;
        XIndex = xIndex;
        RecencyIndex = recencyIndex;
        AgeIndex = ageIndex;
        Customers = weight.Sum();
        WeightByX = new double[DistinctX.Length];
        for (var i = 0; i < Count; i++)
        {
            WeightByX[xIndex[i]] += weight[i];
            TotalRepeatPurchases += weight[i] * distinctX[xIndex[i]];
            TotalAge += weight[i] * distinctAge[ageIndex[i]];
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

    /// <summary>Compresses the summaries (identical (x, t_x, T) rows merge, weights add in input order).</summary>
    /// <exception cref="ArgumentNullException">The sequence or an element is null.</exception>
    /// <exception cref="ArgumentException">The sequence is empty.</exception>
    public static SummaryRows From(IEnumerable<CustomerSummary> customers, string paramName)
    {
        var columns = SummaryColumns.Read(customers, paramName);
        if (columns.Count == 0)
        {
            throw new ArgumentException("At least one customer summary is needed to fit a model.", paramName);
        }

        if (columns.HasNegativeZero)
        {
            return ByDictionary(columns);
        }

        var rows = BySort(columns);
        rows.AreTheInput = columns.AreUnique;
        return rows;
    }

    /// <summary>
    /// Whether these rows are the input's rows themselves, only in another order (it came as unique histories without −0):
    /// <see cref="InListOrder"/> then gives the input's rows in the order of a list of unique rows.
    /// </summary>
    public bool AreTheInput { get; private set; }

    /// <summary>
    /// Each row's weight, x and T, ordered by x, then t_x, then T (ascending values: the order a list of unique rows keeps,
    /// see <see cref="IUniqueSummaryColumns"/>): two stable counting sorts of the rows, which are kept by x, then T, then t_x.
    /// </summary>
    public IEnumerable<(double Weight, double Frequency, double Age)> InListOrder()
    {
        var byRecency = new int[Count];
        var order = new int[Count];
        SummaryRowsSort.CountingSort(null, RecencyIndex, DistinctRecency.Length, byRecency, Count);
        SummaryRowsSort.CountingSort(byRecency, XIndex, DistinctX.Length, order, Count);
        foreach (var i in order)
        {
            yield return (Weight[i], DistinctX[XIndex[i]], DistinctAge[AgeIndex[i]]);
        }
    }

    /// <summary>The rows by per-column ranks and stable counting sorts (every value has one bit pattern: no −0).</summary>
    private static SummaryRows BySort(SummaryColumns columns)
    {
        var sorted = SummaryRowsSort.Sort(columns);
        return new SummaryRows(sorted.DistinctX, sorted.XIndex, sorted.DistinctRecency, sorted.RecencyIndex, sorted.DistinctAge, sorted.AgeIndex, sorted.Weight);
    }

    /// <summary>
    /// The rows by a dictionary of whole rows and a comparison sort: the path for data holding −0 (equal to 0 as a key,
    /// and the first one met stays), where the bit patterns of the values do not identify them.
    /// </summary>
    internal static SummaryRows ByDictionary(SummaryColumns columns)
    {
        var map = new Dictionary<(double X, double Tx, double T), double>();
        for (var i = 0; i < columns.Count; i++)
        {
            var key = (columns.X[i], columns.Recency[i], columns.Age[i]);
            map[key] = map.GetValueOrDefault(key) + columns.Weight[i];
        }

        var keys = map.Keys.OrderBy(k => k.X).ThenBy(k => k.T).ThenBy(k => k.Tx).ToArray();
        var distinctX = Distinct(keys.Select(k => k.X).ToArray(), out var xIndex);
        var distinctRecency = Distinct(keys.Select(k => k.Tx).ToArray(), out var recencyIndex);
        var distinctAge = Distinct(keys.Select(k => k.T).ToArray(), out var ageIndex);
        return new SummaryRows(distinctX, xIndex, distinctRecency, recencyIndex, distinctAge, ageIndex, keys.Select(k => map[k]).ToArray());
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
