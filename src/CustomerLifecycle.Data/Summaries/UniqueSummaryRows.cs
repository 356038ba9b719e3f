using System.Collections;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// The unique rows of a <see cref="UniqueSummaryAccumulator"/> as a read-only list ordered by x, then t_x, then T, whose
/// <see cref="CustomerSummary"/> rows are made when they are read: a fit takes the histories' columns as they lie in the
/// table (<see cref="IUniqueSummaryColumns"/>: it orders unique rows itself), so neither the list's order nor tens of
/// thousands of objects are made for it; they are made only when the list itself is read (ordered once, on the first
/// read). Reading a row twice gives two equal rows (a summary is a record: equal by value).
/// </summary>
/// <remarks>
/// Every row is checked when the list is made, so a history that is not a valid summary (a weight sum that overflowed)
/// fails where it did when every row was made at once.
/// </remarks>
internal sealed class UniqueSummaryRows : IReadOnlyList<CustomerSummary>, ICollection<CustomerSummary>, IUniqueSummaryColumns
{
    private readonly UniqueSummaryAccumulator.Slot[] _table;
    private UniqueSummaryAccumulator.Slot[]? _ordered;

    /// <summary>Wraps the histories of a table (not copied: the caller hands it over).</summary>
    /// <param name="table">The table's slots: an empty slot has T = 0.</param>
    /// <param name="count">The histories in the table.</param>
    /// <exception cref="ArgumentOutOfRangeException">A history is not a valid summary row.</exception>
    public UniqueSummaryRows(UniqueSummaryAccumulator.Slot[] table, int count)
    {
        foreach (var row in table)
        {
            if (!double.IsFinite(row.Weight))
            {
                _ = Make(row); // throws the summary's own error
            }
        }

        (_table, Count) = (table, count);
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public bool IsReadOnly => true;

    /// <inheritdoc />
    public CustomerSummary this[int index] => Make(Ordered[index]);

    /// <summary>The histories ordered by x, then t_x, then T (sorted on the first read of the list; a race sorts twice, alike).</summary>
    private UniqueSummaryAccumulator.Slot[] Ordered => _ordered ?? (_ordered = Sorted(_table, Count));

    /// <inheritdoc />
    public void CopyColumns(Span<double> x, Span<double> recency, Span<double> age, Span<double> weight)
    {
        var n = 0;
        foreach (var slot in _table)
        {
            if (slot.T != 0d)
            {
                (x[n], recency[n], age[n], weight[n]) = (slot.X, slot.Tx, slot.T, slot.Weight);
                n++;
            }
        }
    }

    /// <inheritdoc />
    public IEnumerator<CustomerSummary> GetEnumerator()
    {
        foreach (var row in Ordered)
        {
            yield return Make(row);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Contains(CustomerSummary item) => item is not null && this.Any(item.Equals);

    /// <inheritdoc />
    public void CopyTo(CustomerSummary[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(arrayIndex, array.Length - Count);
        var ordered = Ordered;
        for (var i = 0; i < ordered.Length; i++)
        {
            array[arrayIndex + i] = Make(ordered[i]);
        }
    }

    /// <summary>Not supported: the list is read-only.</summary>
    /// <param name="item">Ignored.</param>
    /// <exception cref="NotSupportedException">Always.</exception>
    void ICollection<CustomerSummary>.Add(CustomerSummary item) => throw ReadOnly();

    /// <summary>Not supported: the list is read-only.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    void ICollection<CustomerSummary>.Clear() => throw ReadOnly();

    /// <summary>Not supported: the list is read-only.</summary>
    /// <param name="item">Ignored.</param>
    /// <returns>Never.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    bool ICollection<CustomerSummary>.Remove(CustomerSummary item) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The unique rows of a summary file are read-only.");

    /// <summary>The histories of the table, ordered.</summary>
    private static UniqueSummaryAccumulator.Slot[] Sorted(UniqueSummaryAccumulator.Slot[] table, int count)
    {
        var sorted = new UniqueSummaryAccumulator.Slot[count];
        var n = 0;
        foreach (var slot in table)
        {
            if (slot.T != 0d)
            {
                sorted[n++] = slot;
            }
        }

        Array.Sort(sorted);
        return sorted;
    }

    private static CustomerSummary Make(UniqueSummaryAccumulator.Slot row) => new(row.X, row.Tx, row.T, weight: row.Weight);
}
