using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Purchases on their way into a <see cref="TransactionFold"/>, a few rows at a time: each row's id is hashed as it
/// arrives and its slot in the id table fetched into the cache; when the batch is full the ids are looked up (their slots
/// have arrived meanwhile), the customers' states fetched, and the purchases folded in row order. The result is that of
/// adding each row on its own (customers numbered in the order they first appear); only the waits for memory overlap.
/// </summary>
internal sealed class PurchaseBatch
{
    /// <summary>The rows held before they are folded: enough for the first slots to arrive before the first look-up.</summary>
    public const int Capacity = 16;

    private readonly TransactionFold _fold;
    private readonly CustomerIdTable.Key[] _keys = new CustomerIdTable.Key[Capacity];
    private readonly int[] _lines = new int[Capacity];
    private readonly int[] _days = new int[Capacity];
    private readonly decimal?[] _amounts = new decimal?[Capacity];
    private readonly int[] _starts = new int[Capacity + 1];
    private readonly char[] _chars = new char[Capacity * CustomerId.MaxLength];

    /// <summary>Makes an empty batch for the fold.</summary>
    public PurchaseBatch(TransactionFold fold) => _fold = fold;

    /// <summary>The fold the rows go to.</summary>
    public TransactionFold Fold => _fold;

    /// <summary>The number of rows held.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds a purchase already checked: <paramref name="id"/> trimmed, 1 to <see cref="CustomerId.MaxLength"/> characters,
    /// <paramref name="amount"/> null or ≥ 0. A full batch is folded at once.
    /// </summary>
    /// <param name="line">The line of the purchase in its source.</param>
    /// <param name="id">The customer.</param>
    /// <param name="day">The day number of the purchase's date.</param>
    /// <param name="amount">What was paid, or null when unknown.</param>
    public void Add(int line, ReadOnlySpan<char> id, int day, decimal? amount)
    {
        var i = Count;
        var key = CustomerIdTable.KeyOf(id);
        _fold.Prefetch(key);
        _keys[i] = key;
        _lines[i] = line;
        _days[i] = day;
        _amounts[i] = amount;
        var start = _starts[i];
        id.CopyTo(_chars.AsSpan(start));
        _starts[i + 1] = start + id.Length;
        Count = i + 1;
        if (Count == Capacity)
        {
            Flush();
        }
    }

    /// <summary>Folds the rows held, in their order, and empties the batch.</summary>
    public void Flush()
    {
        if (Count > 0)
        {
            _fold.AddBatch(this);
            Count = 0;
        }
    }

    /// <summary>Row <paramref name="i"/>'s customer id.</summary>
    public ReadOnlySpan<char> Id(int i) => _chars.AsSpan(_starts[i], _starts[i + 1] - _starts[i]);

    /// <summary>Row <paramref name="i"/>'s id key.</summary>
    public ref readonly CustomerIdTable.Key Key(int i) => ref _keys[i];

    /// <summary>Row <paramref name="i"/>'s line.</summary>
    public int Line(int i) => _lines[i];

    /// <summary>Row <paramref name="i"/>'s day number.</summary>
    public int Day(int i) => _days[i];

    /// <summary>Row <paramref name="i"/>'s amount.</summary>
    public decimal? Amount(int i) => _amounts[i];
}
