namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Room made ahead, and memory fetched ahead: the table grown once for the customers about to be added (so that a merge
/// does not grow it while inserting), and the ids of customers read in an order of their own (a summary's, by id)
/// fetched into the cache some rows before they are read.
/// </summary>
internal sealed partial class CustomerIdTable
{
    /// <summary>
    /// Makes room for <paramref name="customers"/> ids, so that adding them does not grow the table (it doubles once 70 %
    /// full). An empty table is sized in one allocation (for a fold sized from a guess of its rows: no doubling of an
    /// empty table, at most 2²³ slots); a table in use doubles, as inserting would, until they fit (for a merge, so that it
    /// does not grow while inserting). A table already as large is left as it is.
    /// </summary>
    /// <param name="customers">The number of customers the table will hold.</param>
    public void Reserve(int customers)
    {
        if (Count > 0)
        {
            while (customers * 10L > _slots.Length * 7L)
            {
                Grow();
            }

            return;
        }

        var bits = InitialBits;
        while (bits < TagBits && customers * 10L > (1L << bits) * 7L)
        {
            bits++;
        }

        if ((1 << bits) > _slots.Length)
        {
            _slots = new Slot[1 << bits];
            _shift = 64 - bits;
        }
    }

    /// <summary>Starts fetching where customer <paramref name="number"/>'s id lies (an entry of the arena's index) into the cache.</summary>
    public void PrefetchStart(int number) => CacheLine.Fetch(ref _starts[number]);

    /// <summary>Starts fetching the characters of customer <paramref name="number"/>'s id into the cache.</summary>
    public void PrefetchSpan(int number)
    {
        var start = _starts[number];
        CacheLine.Fetch(ref _chunks[start >> ChunkBits][start & (ChunkSize - 1)]);
    }
}
