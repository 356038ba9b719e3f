using System.Diagnostics;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Numbering here every customer of another table (the later part of a log, folded on another thread), as looking its
/// ids up one by one would, with the look-ups of the ids already here on two threads.
/// </summary>
internal sealed partial class CustomerIdTable
{
    /// <summary>How many ids ahead a look-up of many fetches its slot.</summary>
    private const int Ahead = 8; // a power of two: rows are kept by row modulo Ahead

    /// <summary>
    /// The number here of each of <paramref name="other"/>'s customers, indexed by its number there: what
    /// <see cref="IndexOf(ReadOnlySpan{char})"/> of its ids in its number order gives (an id already here keeps its number, a new one gets the
    /// next, in that order). The ids already here are found on two threads (reading only); the new ones are then added in
    /// order.
    /// </summary>
    public int[] IndexAll(CustomerIdTable other)
    {
        var before = Count;
        var numbers = Number(other, out var added);
        AddNew(other, numbers, before, added);
        return numbers;
    }

    /// <summary>
    /// The numbers <see cref="IndexAll"/> gives, without adding anything yet: the ids already here are found on two
    /// threads (reading only), and each new one is numbered <see cref="Count"/>, <see cref="Count"/> + 1 … in
    /// <paramref name="other"/>'s number order. <see cref="AddNew"/> then adds them (while other work goes on: the
    /// numbers are final).
    /// </summary>
    /// <param name="other">The later table.</param>
    /// <param name="added">The number of new ids.</param>
    public int[] Number(CustomerIdTable other, out int added)
    {
        var numbers = new int[other.Count];
        void Lookup(int from, int to)
        {
            // Each look-up waits for its slot; the slot of the id some rows on is fetched meanwhile. Each id's key is made
            // once, when its slot is fetched, and kept until its look-up (by row modulo Ahead).
            Span<Key> keys = stackalloc Key[Ahead];
            for (var i = from; i < Math.Min(to, from + Ahead); i++)
            {
                keys[i & (Ahead - 1)] = KeyOf(other.Span(i));
                Prefetch(keys[i & (Ahead - 1)]);
            }

            for (var i = from; i < to; i++)
            {
                ref var key = ref keys[i & (Ahead - 1)];
                numbers[i] = Find(other.Span(i), key);
                if (i + Ahead < to)
                {
                    // Row i + Ahead takes the place of row i, whose look-up is done.
                    key = KeyOf(other.Span(i + Ahead));
                    Prefetch(key);
                }
            }
        }

        TwoThreads.Run(numbers.Length, Lookup);

        var next = Count;
        for (var i = 0; i < numbers.Length; i++)
        {
            if (numbers[i] < 0)
            {
                numbers[i] = next++;
            }
        }

        added = next - Count;
        return numbers;
    }

    /// <summary>
    /// Adds the ids <see cref="Number"/> numbered from <paramref name="before"/> on (the count then) in their order,
    /// the table grown once for all of them first.
    /// </summary>
    /// <param name="other">The later table given to <see cref="Number"/>.</param>
    /// <param name="numbers">What <see cref="Number"/> returned.</param>
    /// <param name="before">The count when <see cref="Number"/> was called; nothing was added since.</param>
    /// <param name="added">The number of new ids <see cref="Number"/> gave.</param>
    public void AddNew(CustomerIdTable other, int[] numbers, int before, int added)
    {
        Reserve(before + added);
        for (var i = 0; i < numbers.Length && Count < before + added; i++)
        {
            if (numbers[i] >= before)
            {
                var number = IndexOf(other.Span(i));
                Debug.Assert(number == numbers[i], "The new ids are added in the order Number numbered them.");
            }
        }
    }

    /// <summary>The number of an id, or -1 when it is not here; changes nothing (several threads may look up at once).</summary>
    public int Find(ReadOnlySpan<char> id) => Find(id, KeyOf(id));

    /// <summary><see cref="Find(ReadOnlySpan{char})"/> with the id's key already made (<see cref="KeyOf"/>).</summary>
    public int Find(ReadOnlySpan<char> id, in Key key)
    {
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
