using System.Globalization;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>Operations on whole sets of <see cref="CustomerSummary"/> rows: compression into weighted unique rows and back.</summary>
/// <remarks>
/// Compression is what makes model fits independent of the customer count: CDNOW's 2,357 customers are 1,016 unique
/// (x, t_x, T) rows, a million resampled customers still at most that many. It is exact for every likelihood that is a
/// sum over customers, since a row of weight w contributes w times its log-likelihood.
/// </remarks>
public static class CustomerSummaries
{
    /// <summary>Merges identical rows into weighted unique rows.</summary>
    /// <param name="summaries">The rows; their weights are summed (a row may already be aggregated).</param>
    /// <param name="compression">Which rows count as identical; <see cref="SummaryCompression.History"/> by default.</param>
    /// <returns>
    /// The unique rows, without customer ids, ordered by x, then t_x, then T, then monetary value (unknown first): the
    /// same input multiset always gives the same list, whatever its order.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="summaries"/> or one of its rows is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="compression"/> is not a defined value, or a summed weight overflows to ∞.</exception>
    public static IReadOnlyList<CustomerSummary> Compress(IEnumerable<CustomerSummary> summaries, SummaryCompression compression = SummaryCompression.History)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        if (compression is not (SummaryCompression.History or SummaryCompression.HistoryAndValue))
        {
            throw new ArgumentOutOfRangeException(nameof(compression), compression, "Unknown compression.");
        }

        var byValue = compression == SummaryCompression.HistoryAndValue;
        var groups = new Dictionary<Key, List<CustomerSummary>>();
        foreach (var s in summaries)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(summaries));
            var key = new Key(s.Frequency, s.Recency, s.Age, byValue ? s.MonetaryValue : null);
            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups.Add(key, list);
            }

            list.Add(s);
        }

        var result = new CustomerSummary[groups.Count];
        var i = 0;
        foreach (var (key, rows) in groups)
        {
            result[i++] = Merge(key, rows, byValue);
        }

        Array.Sort(result, Order);
        return result;
    }

    /// <summary>Expands weighted rows back into one row of weight 1 per customer (the inverse of <see cref="Compress"/> up to order and ids).</summary>
    /// <param name="summaries">The rows; every weight must be a whole number.</param>
    /// <returns>For each row of weight w, w copies of it with weight 1, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summaries"/> or one of its rows is null.</exception>
    /// <exception cref="ArgumentException">A weight is not a whole number, or exceeds <see cref="int.MaxValue"/>.</exception>
    public static IReadOnlyList<CustomerSummary> Expand(IEnumerable<CustomerSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var result = new List<CustomerSummary>();
        foreach (var s in summaries)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(summaries));
            if (Math.Floor(s.Weight) != s.Weight || s.Weight > int.MaxValue)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Only rows with whole weights can be expanded; got weight {s.Weight:R}."),
                    nameof(summaries));
            }

            var one = s.Weight == 1d ? s : new CustomerSummary(s.Frequency, s.Recency, s.Age, s.Customer, s.MonetaryValue);
            for (var k = 0; k < (int)s.Weight; k++)
            {
                result.Add(one);
            }
        }

        return result;
    }

    private static CustomerSummary Merge(Key key, List<CustomerSummary> rows, bool byValue)
    {
        var weight = 0d;
        var allValued = true;
        foreach (var r in rows)
        {
            weight += r.Weight;
            allValued &= r.MonetaryValue.HasValue;
        }

        if (double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(rows), weight, "The summed weight of a row overflows.");
        }

        decimal? value = byValue ? key.Value : null;
        if (!byValue && allValued)
        {
            value = WeightedMean(rows, weight);
        }

        return new CustomerSummary(key.Frequency, key.Recency, key.Age, customer: null, value, weight);
    }

    private static decimal WeightedMean(List<CustomerSummary> rows, double total)
    {
        if (rows.Count == 1)
        {
            return rows[0].MonetaryValue!.Value;
        }

        const double exactLimit = 1e15; // whole weights below this are exact in decimal, and their products cannot overflow
        if (total < exactLimit && rows.TrueForAll(r => Math.Floor(r.Weight) == r.Weight))
        {
            var sum = 0m;
            foreach (var r in rows)
            {
                sum += r.MonetaryValue!.Value * (decimal)r.Weight;
            }

            return sum / (decimal)total;
        }

        // Otherwise each row's share (w / W ≤ 1) is converted to decimal: no overflow for any weights.
        var mean = 0m;
        foreach (var r in rows)
        {
            mean += r.MonetaryValue!.Value * (decimal)(r.Weight / total);
        }

        return mean;
    }

    private static int Order(CustomerSummary a, CustomerSummary b)
    {
        var c = a.Frequency.CompareTo(b.Frequency);
        if (c == 0)
        {
            c = a.Recency.CompareTo(b.Recency);
        }

        if (c == 0)
        {
            c = a.Age.CompareTo(b.Age);
        }

        return c != 0 ? c : Nullable.Compare(a.MonetaryValue, b.MonetaryValue);
    }

    private readonly record struct Key(double Frequency, double Recency, double Age, decimal? Value);
}
