namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// Customer summaries already merged into unique (x, t_x, T) histories (no two rows equal as doubles), which hand a fit
/// their columns directly instead of one <see cref="CustomerSummary"/> per row. Enumerated as summaries, the rows come
/// ordered by x, then t_x, then T (ascending); the columns may come in any order: a fit orders unique rows itself
/// (<see cref="SummaryRowsSort"/>) and sums its fingerprint in the list's order (<see cref="SummaryRows.InListOrder"/>).
/// Implemented by the readers that fold a file straight into unique rows.
/// </summary>
internal interface IUniqueSummaryColumns
{
    /// <summary>The number of unique rows.</summary>
    int Count { get; }

    /// <summary>Writes each row's x, t_x, T and weight, in one order (any), to the first <see cref="Count"/> entries of each span.</summary>
    /// <param name="x">Receives the frequencies.</param>
    /// <param name="recency">Receives the recencies.</param>
    /// <param name="age">Receives the ages.</param>
    /// <param name="weight">Receives the weights.</param>
    void CopyColumns(Span<double> x, Span<double> recency, Span<double> age, Span<double> weight);
}
