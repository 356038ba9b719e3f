using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>Numbers customers 0, 1, 2 … in the order they first appear; an id is copied only the first time it is seen.</summary>
internal sealed class CustomerIndex
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CustomerIndex() => _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>The ids by number.</summary>
    public List<CustomerId> Ids { get; } = [];

    /// <summary>The number of a customer given by an id already trimmed and within <see cref="CustomerId.MaxLength"/>.</summary>
    public int IndexOf(ReadOnlySpan<char> customer)
    {
#if NET9_0_OR_GREATER
        return _lookup.TryGetValue(customer, out var i) ? i : IndexOf(customer.ToString());
#else
        return IndexOf(customer.ToString());
#endif
    }

    /// <summary>The number of a customer.</summary>
    public int IndexOf(string id)
    {
        if (!_index.TryGetValue(id, out var i))
        {
            i = Ids.Count;
            _index.Add(id, i);
            Ids.Add(CustomerId.From(id));
        }

        return i;
    }

    /// <summary>The numbers in the ordinal order of the ids.</summary>
    public int[] Order()
    {
        var ids = Ids;
        var order = new int[ids.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => ids[a].CompareTo(ids[b]));
        return order;
    }
}
