namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Folding rows a batch at a time (<see cref="PurchaseBatch"/>): the id look-ups of a batch, then the customers' states,
/// are fetched from memory together instead of one row after another.
/// </summary>
public sealed partial class TransactionFold
{
    private readonly int[] _batchNumbers = new int[PurchaseBatch.Capacity];

    /// <summary>The rows per customer guessed when sizing the id table from the number of rows (<see cref="ReserveForRows"/>).</summary>
    internal const int RowsPerCustomerGuess = 4;

    /// <summary>The most customers the id table is sized for from a guess: 367,001 (a table of 2¹⁹ slots, 8 MB); a larger log's table grows from there.</summary>
    internal const int MostCustomersGuessed = 367_001;

    /// <summary>
    /// Sizes the empty id table for the customers of about <paramref name="rows"/> rows (a guess from the size of the
    /// input: a quarter of the rows, at most <see cref="MostCustomersGuessed"/>), so that folding them grows it seldom or
    /// never; a table already in use, or a smaller guess, changes nothing. Only speed and memory depend on it.
    /// </summary>
    internal void ReserveForRows(long rows) => _index.Reserve((int)Math.Clamp(rows / RowsPerCustomerGuess, 0, MostCustomersGuessed));

    /// <summary>Starts fetching the id table's slot for a key (<see cref="PurchaseBatch.Add"/>).</summary>
    internal void Prefetch(in CustomerIdTable.Key key) => _index.Prefetch(key);

    /// <summary>Folds a batch's rows in their order, as <see cref="Add(int, ReadOnlySpan{char}, NodaTime.LocalDate, decimal?)"/> would one by one.</summary>
    internal void AddBatch(PurchaseBatch batch)
    {
        var count = batch.Count;
        var numbers = _batchNumbers;
        for (var i = 0; i < count; i++)
        {
            numbers[i] = _index.IndexOf(batch.Id(i), batch.Key(i));
        }

        if (!_secondPass)
        {
            var folds = Writable();
            folds.Ensure(_index.Count);
            for (var i = 0; i < count; i++)
            {
                folds.Prefetch(numbers[i], batch.Day(i));
            }
        }

        for (var i = 0; i < count; i++)
        {
            var amount = batch.Amount(i);
            if (Keep(batch.Line(i), numbers[i], batch.Day(i), amount, null))
            {
                _folds.Step(numbers[i], batch.Day(i), amount);
            }
        }
    }
}
