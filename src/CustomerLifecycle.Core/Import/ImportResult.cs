namespace CustomerLifecycle.Core.Import;

/// <summary>The outcome of importing a batch of outside data: what was accepted and every row that was not.</summary>
/// <typeparam name="T">The type of an accepted item.</typeparam>
/// <param name="Accepted">The accepted items, in source order.</param>
/// <param name="Rejected">The rejected rows, in source order, each with its line and reason. Nothing is dropped silently.</param>
public sealed record ImportResult<T>(IReadOnlyList<T> Accepted, IReadOnlyList<RejectedRow> Rejected)
{
    /// <summary>Whether every row was accepted.</summary>
    public bool IsClean => Rejected.Count == 0;

    /// <summary>How many rows were read, accepted or not.</summary>
    public int RowCount => Accepted.Count + Rejected.Count;

    /// <summary>The share of the rows read that were rejected, between 0 and 1; 0 when no row was read.</summary>
    public double RejectedFraction => RowCount == 0 ? 0d : (double)Rejected.Count / RowCount;

    /// <summary>
    /// The rejection total in words, for a log or a console: <c>"3 of 120 rows rejected (2.5 %)"</c> (invariant culture,
    /// one decimal of the percentage).
    /// </summary>
    /// <returns>The sentence; it says "0 of N rows rejected (0.0 %)" for a clean import.</returns>
    public string DescribeRejections() => RejectionTotal.Describe(Rejected.Count, RowCount);
}
