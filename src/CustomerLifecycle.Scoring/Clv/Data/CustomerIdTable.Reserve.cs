namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Room made ahead, and memory fetched ahead: the table grown once for the customers about to be added (so that a merge
/// does not grow it while inserting), and the ids of customers read in an order of their own (a summary's, by id)
/// fetched into the cache some rows before they are read.
/// </summary>
internal sealed partial class CustomerIdTable
{
    /// <summary>Grows the table (doubling, as inserting would) until <paramref name="count"/> customers fit without another growth.</summary>
    /// <param name="count">The number of customers the table will hold.</param>
    public void Reserve(int count)
    {
        while (count * 10L > _slots.Length * 7L)
        {
            Grow();
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
