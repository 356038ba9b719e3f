namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>The x, t_x, T and weight of customer summaries in input order, read in one pass (the input may be read once only).</summary>
internal sealed class SummaryColumns
{
    private SummaryColumns(double[] x, double[] recency, double[] age, double[] weight, int count, bool hasNegativeZero)
    {
        X = x;
        Recency = recency;
        Age = age;
        Weight = weight;
        Count = count;
        HasNegativeZero = hasNegativeZero;
    }

    /// <summary>The rows read; the arrays may be longer.</summary>
    public int Count { get; }

    public double[] X { get; }

    public double[] Recency { get; }

    public double[] Age { get; }

    public double[] Weight { get; }

    /// <summary>Whether the rows came as unique histories (<see cref="IUniqueSummaryColumns"/>), in no particular order.</summary>
    public bool AreUnique { get; private init; }

    /// <summary>Whether some x or t_x is −0 (T and the weight are positive by the summaries' rules).</summary>
    public bool HasNegativeZero { get; }

    /// <summary>Reads the summaries.</summary>
    /// <exception cref="ArgumentNullException">The sequence or an element is null.</exception>
    public static SummaryColumns Read(IEnumerable<CustomerSummary> customers, string paramName)
    {
        ArgumentNullException.ThrowIfNull(customers, paramName);
        if (customers is IUniqueSummaryColumns unique)
        {
            return Read(unique);
        }

        var capacity = customers.TryGetNonEnumeratedCount(out var known) ? known : 16;
        double[] x = new double[capacity], recency = new double[capacity], age = new double[capacity], weight = new double[capacity];
        var (n, negativeZero) = (0, false);
        foreach (var c in customers)
        {
            if (c is null)
            {
                throw new ArgumentNullException(paramName, "The customer summaries must not contain null.");
            }

            if (n == x.Length)
            {
                var grown = Math.Max(16, n * 2);
                Array.Resize(ref x, grown);
                Array.Resize(ref recency, grown);
                Array.Resize(ref age, grown);
                Array.Resize(ref weight, grown);
            }

            (x[n], recency[n], age[n], weight[n]) = (c.Frequency, c.Recency, c.Age, c.Weight);
            negativeZero |= IsNegativeZero(c.Frequency) || IsNegativeZero(c.Recency);
            n++;
        }

        return new SummaryColumns(x, recency, age, weight, n, negativeZero);
    }

    /// <summary>Reads unique rows from their columns (no object per row).</summary>
    private static SummaryColumns Read(IUniqueSummaryColumns unique)
    {
        var n = unique.Count;
        double[] x = new double[n], recency = new double[n], age = new double[n], weight = new double[n];
        unique.CopyColumns(x, recency, age, weight);
        var negativeZero = false;
        for (var i = 0; i < n; i++)
        {
            negativeZero |= IsNegativeZero(x[i]) || IsNegativeZero(recency[i]);
        }

        return new SummaryColumns(x, recency, age, weight, n, negativeZero) { AreUnique = true };
    }

    private static bool IsNegativeZero(double value) => BitConverter.DoubleToInt64Bits(value) == long.MinValue;
}
