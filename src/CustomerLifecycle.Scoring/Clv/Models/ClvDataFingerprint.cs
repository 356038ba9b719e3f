namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// What a fit saw of its data, to recognise it again: unique rows, customers (Σ weights), Σ frequency and Σ age (each
/// weighted, in the data's own time unit).
/// </summary>
/// <param name="Rows">The input rows.</param>
/// <param name="Customers">Σ weights.</param>
/// <param name="SumFrequency">Σ weight·frequency (repeat transactions).</param>
/// <param name="SumAge">Σ weight·age (T, or the opportunities n of BG/BB).</param>
public sealed record ClvDataFingerprint(int Rows, double Customers, double SumFrequency, double SumAge)
{
    /// <summary>The fingerprint of continuous-time summaries.</summary>
    /// <param name="customers">The summaries.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    public static ClvDataFingerprint Of(IEnumerable<CustomerSummary> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return Sum(customers.Select(c => c is null ? throw new ArgumentNullException(nameof(customers)) : (c.Weight, c.Frequency, c.Age)));
    }

    /// <summary>The fingerprint of BG/BB histories (age = opportunities n).</summary>
    /// <param name="rows">The histories.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is or contains null.</exception>
    public static ClvDataFingerprint Of(IEnumerable<DiscreteSummary> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Sum(rows.Select(r => r is null ? throw new ArgumentNullException(nameof(rows)) : (r.Weight, (double)r.Frequency, (double)r.Periods)));
    }

    /// <summary>
    /// The fingerprint of a fit's input rows, given the rows the fit made of them: summed from those when they are the
    /// input's unique rows in another order (<see cref="SummaryRows.AreTheInput"/>; the same values added in the input
    /// list's order, so the same sums to the bit, without making an object per row), else from the input.
    /// </summary>
    internal static ClvDataFingerprint Of(IEnumerable<CustomerSummary> customers, SummaryRows fitted) =>
        fitted.AreTheInput ? Sum(fitted.InListOrder()) : Of(customers);

    private static ClvDataFingerprint Sum(IEnumerable<(double Weight, double Frequency, double Age)> rows)
    {
        var (count, weight, x, age) = (0, 0d, 0d, 0d);
        foreach (var r in rows)
        {
            (count, weight, x, age) = (count + 1, weight + r.Weight, x + (r.Weight * r.Frequency), age + (r.Weight * r.Age));
        }

        return new ClvDataFingerprint(count, weight, x, age);
    }
}
