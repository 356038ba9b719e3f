namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Folding rows a batch at a time (<see cref="PurchaseBatch"/>): the id look-ups of a batch, then the customers' states,
/// are fetched from memory together instead of one row after another.
/// </summary>
public sealed partial class TransactionFold
{
    private readonly int[] _batchNumbers = new int[PurchaseBatch.Capacity];

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
