using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Accepted purchases in columns (customer index, day number, amount, line), the customer ids by index, and the rows
/// rejected or of unknown value: about 36 bytes per purchase and no object per row.
/// </summary>
internal sealed class PurchaseColumns
{
    private readonly CustomerIndex _index = new();

    /// <summary>The customers by number.</summary>
    public CustomerIndex Index => _index;

    public List<CustomerId> Ids => _index.Ids;

    public List<int> Customer { get; } = [];

    public List<int> Day { get; } = [];

    public List<decimal?> Amount { get; } = [];

    public List<int> Line { get; } = [];

    public List<RejectedRow> Rejected { get; } = [];

    public List<RejectedRow> UnknownValues { get; } = [];

    public int LatestDay { get; private set; } = int.MinValue;

    public void Add(int line, CustomerId customer, int day, decimal? amount) => Add(line, _index.IndexOf(customer.Value), day, amount);

    /// <summary>Adds a purchase of a customer given by an id already trimmed and within <see cref="CustomerId.MaxLength"/>.</summary>
    public void Add(int line, ReadOnlySpan<char> customer, int day, decimal? amount)
        => Add(line, _index.IndexOf(customer), day, amount);

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
}
