using System.Collections;
using CustomerLifecycle.Scoring.Clv;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// The unique rows of a <see cref="UniqueSummaryAccumulator"/>, in their order, as a read-only list whose
/// <see cref="CustomerSummary"/> rows are made when they are read: a fit reads each row once into its own columns, so
/// the rows live only as long as that read, instead of tens of thousands of objects outliving it (each garbage
/// collection would copy them, into memory the process has to take fresh from the system). Reading a row twice gives two
/// equal rows (a summary is a record: equal by value).
/// </summary>
/// <remarks>
/// Every row is checked when the list is made, so a history that is not a valid summary (a weight sum that overflowed)
/// fails where it did when every row was made at once.
/// </remarks>
internal sealed class UniqueSummaryRows : IReadOnlyList<CustomerSummary>, ICollection<CustomerSummary>
{
    private readonly UniqueSummaryAccumulator.Slot[] _rows;

    /// <summary>Wraps the ordered histories (not copied: the caller hands them over).</summary>
    /// <param name="rows">The histories, in the list's order.</param>
    /// <exception cref="ArgumentOutOfRangeException">A history is not a valid summary row.</exception>
    public UniqueSummaryRows(UniqueSummaryAccumulator.Slot[] rows)
    {
        foreach (var row in rows)
        {
            if (!double.IsFinite(row.Weight))
            {
                _ = Make(row); // throws the summary's own error
            }
        }

        _rows = rows;
    }

    /// <inheritdoc />
    public int Count => _rows.Length;

    /// <inheritdoc />
    public bool IsReadOnly => true;

    /// <inheritdoc />
    public CustomerSummary this[int index] => Make(_rows[index]);

    /// <inheritdoc />
    public IEnumerator<CustomerSummary> GetEnumerator()
    {
        foreach (var row in _rows)
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
        ArgumentOutOfRangeException.ThrowIfGreaterThan(arrayIndex, array.Length - _rows.Length);
        for (var i = 0; i < _rows.Length; i++)
        {
            array[arrayIndex + i] = Make(_rows[i]);
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

    private static CustomerSummary Make(UniqueSummaryAccumulator.Slot row) => new(row.X, row.Tx, row.T, weight: row.Weight);
}
