namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Numbering here every customer of another table (the later part of a log, folded on another thread), as looking its
/// ids up one by one would, with the look-ups of the ids already here on two threads.
/// </summary>
internal sealed partial class CustomerIdTable
{
    /// <summary>
    /// The number here of each of <paramref name="other"/>'s customers, indexed by its number there: what
    /// <see cref="IndexOf(ReadOnlySpan{char})"/> of its ids in its number order gives (an id already here keeps its number, a new one gets the
    /// next, in that order). The ids already here are found on two threads (reading only); the new ones are then added in
    /// order.
    /// </summary>
    public int[] IndexAll(CustomerIdTable other)
    {
        var numbers = new int[other.Count];
        void Lookup(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                numbers[i] = Find(other.Span(i));
            }
        }

        TwoThreads.Run(numbers.Length, Lookup);

        for (var i = 0; i < numbers.Length; i++)
        {
            if (numbers[i] < 0)
            {
                numbers[i] = IndexOf(other.Span(i));
            }
        }

        return numbers;
    }

    /// <summary>The number of an id, or -1 when it is not here; changes nothing (several threads may look up at once).</summary>
    public int Find(ReadOnlySpan<char> id)
    {
        var key = KeyOf(id);
        var mask = _slots.Length - 1;
        for (var at = (int)(key.Hash >> _shift); ; at = (at + 1) & mask)
        {
            ref readonly var slot = ref _slots[at];
            if (slot.Number == 0)
            {
                return -1;
            }

            if (slot.Tag == key.Tag && slot.Prefix == key.Prefix && ((key.Tag & Inline) != 0 || Span(slot.Number - 1).SequenceEqual(id)))
            {
                return slot.Number - 1;
            }
        }
    }
}
