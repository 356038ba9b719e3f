using System.Collections;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// The customer rows of a fold's summary, made when they are read from the running states (a summary of millions of
/// customers is written out without an object per customer held at once), and the same rows' values and ids read
/// without any object, for a writer that formats them straight into its buffer (on several threads at once: reading
/// changes nothing).
/// </summary>
internal sealed class FoldedCustomers : IReadOnlyList<CustomerSummary>
{
    private readonly int[] _order;
    private readonly CustomerFolds _folds;
    private readonly CustomerIdTable _ids;
    private readonly TransactionSummaryOptions _options;
    private readonly RowWindow _window;

    /// <summary>Rows of the customers numbered by the first <paramref name="count"/> items of <paramref name="order"/>.</summary>
    /// <param name="order">Customer numbers in the order of the rows.</param>
    /// <param name="count">The number of rows.</param>
    /// <param name="folds">The running states, not changed while the rows are read.</param>
    /// <param name="ids">The customers' ids.</param>
    /// <param name="options">The unit and window of the summary.</param>
    /// <param name="holdout">Whether the summary has a holdout (then <see cref="Holdout"/> is its activity list).</param>
    public FoldedCustomers(int[] order, int count, CustomerFolds folds, CustomerIdTable ids, TransactionSummaryOptions options, bool holdout)
    {
        (_order, Count, _folds, _ids, _options) = (order, count, folds, ids, options);
        _window = new RowWindow(options);
        Holdout = holdout ? new ProjectedList<HoldoutActivity>(order, count, folds.Holdout) : null;
    }

    /// <summary>The rows' holdout activity, aligned by index, or null without a holdout.</summary>
    public IReadOnlyList<HoldoutActivity>? Holdout { get; }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public CustomerSummary this[int index] => _folds.Summary(Number(index), _ids.Id(Number(index)), _options);

    /// <summary>The characters of row <paramref name="index"/>'s customer id.</summary>
    public ReadOnlySpan<char> Id(int index) => _ids.Span(Number(index));

    /// <summary>Row <paramref name="index"/>'s values.</summary>
    public SummaryRow Row(int index) => _folds.Row(Number(index), _window);

    /// <summary>
    /// Starts fetching into the cache what reading row <paramref name="index"/> (below <see cref="Count"/>) reads: its
    /// customer's state and sums, and where its id lies. The rows of a summary are in id order, their customers anywhere
    /// in memory: a writer that asks some rows ahead waits for several rows' memory at once.
    /// </summary>
    public void Prefetch(int index)
    {
        var number = Number(index);
        _folds.PrefetchRow(number);
        _ids.PrefetchStart(number);
    }

    /// <summary>Starts fetching the characters of row <paramref name="index"/>'s id (after <see cref="Prefetch"/> of the row, when where it lies has arrived).</summary>
    public void PrefetchId(int index) => _ids.PrefetchSpan(Number(index));

    /// <summary>Row <paramref name="index"/>'s holdout mean value (null when none or unknown) and purchase periods.</summary>
    public decimal? HoldoutValue(int index, out int frequency) => _folds.HoldoutValue(Number(index), out frequency);

    /// <inheritdoc/>
    public IEnumerator<CustomerSummary> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Number(int index) => (uint)index < (uint)Count ? _order[index] : throw new ArgumentOutOfRangeException(nameof(index));
}
