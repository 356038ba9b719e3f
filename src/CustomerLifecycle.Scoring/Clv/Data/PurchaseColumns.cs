using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Accepted purchases in columns (customer index, day number, amount, line), the customer ids by index, and the rows
/// rejected or of unknown value: about 36 bytes per purchase and no object per row.
/// </summary>
internal sealed class PurchaseColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PurchaseColumns() => _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    public List<CustomerId> Ids { get; } = [];

    public List<int> Customer { get; } = [];

    public List<int> Day { get; } = [];

    public List<decimal?> Amount { get; } = [];

    public List<int> Line { get; } = [];

    public List<RejectedRow> Rejected { get; } = [];

    public List<RejectedRow> UnknownValues { get; } = [];

    public int LatestDay { get; private set; } = int.MinValue;

    public void Add(int line, CustomerId customer, int day, decimal? amount) => Add(line, IndexOf(customer.Value), day, amount);

    /// <summary>Adds a purchase of a customer given by an id already trimmed and within <see cref="CustomerId.MaxLength"/>.</summary>
    public void Add(int line, ReadOnlySpan<char> customer, int day, decimal? amount)
    {
#if NET9_0_OR_GREATER
        if (!_lookup.TryGetValue(customer, out var i))
        {
            i = IndexOf(customer.ToString());
        }
#else
        var i = IndexOf(customer.ToString());
#endif
        Add(line, i, day, amount);
    }

    private void Add(int line, int customer, int day, decimal? amount)
    {
        Customer.Add(customer);
        Day.Add(day);
        Amount.Add(amount);
        Line.Add(line);
        SeeDay(day);
    }

    /// <summary>Notes the date of a row, purchase or not, for <see cref="LatestDay"/>.</summary>
    public void SeeDay(int day) => LatestDay = Math.Max(LatestDay, day);

    private int IndexOf(string id)
    {
        if (!_index.TryGetValue(id, out var i))
        {
            i = Ids.Count;
            _index.Add(id, i);
            Ids.Add(CustomerId.From(id));
        }

        return i;
    }
}
