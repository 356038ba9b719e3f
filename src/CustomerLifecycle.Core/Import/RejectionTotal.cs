using System.Globalization;

namespace CustomerLifecycle.Core.Import;

/// <summary>The wording of a rejection total, shared by every import report.</summary>
public static class RejectionTotal
{
    /// <summary>Words a rejection total: <c>"3 of 120 rows rejected (2.5 %)"</c> (invariant culture, one decimal).</summary>
    /// <param name="rejected">How many rows were rejected.</param>
    /// <param name="rows">How many rows were read in all.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rejected"/> is negative or larger than <paramref name="rows"/>.</exception>
    public static string Describe(int rejected, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rejected);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rejected, rows);
        var percent = rows == 0 ? 0d : 100d * rejected / rows;
        return string.Create(CultureInfo.InvariantCulture, $"{rejected} of {rows} {(rows == 1 ? "row" : "rows")} rejected ({percent:0.0} %)");
    }
}
