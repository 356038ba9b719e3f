namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Numbering here every customer of another table (the later part of a log, folded on another thread), as looking its
/// ids up one by one would, with the lookups on two threads and the table grown once.
/// </summary>
internal sealed partial class CustomerIdTable
{
    /// <summary>
    /// The number here of each of <paramref name="other"/>'s customers, indexed by its number there: what
    /// <see cref="IndexOf"/> of its ids in its number order gives (an id already here keeps its number, a new one gets the
    /// next, in that order). The ids already here are found on two threads (reading only); the table then grows once to
    /// take the new ones, which are added in order.
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

        Reserve(Count + numbers.AsSpan().Count(-1));
        for (var i = 0; i < numbers.Length; i++)
        {
            if (numbers[i] < 0)
            {
                numbers[i] = IndexOf(other.Span(i));
            }
        }

        return numbers;
    }

    /// <summary>The number of an id, or -1 when it is not here; changes nothing.</summary>
    private int Find(ReadOnlySpan<char> id)
    {
        var hash = Hash(id);
        var tag = Tag(id, hash, out var prefix);
        var mask = _slots.Length - 1;
        for (var at = (int)hash & mask; ; at = (at + 1) & mask)
        {
            ref readonly var slot = ref _slots[at];
            if (slot.Number == 0)
            {
                return -1;
            }

            if (slot.Tag == tag && slot.Prefix == prefix && ((tag & Inline) != 0 || Span(slot.Number - 1).SequenceEqual(id)))
            {
                return slot.Number - 1;
            }
        }
    }

    /// <summary>
    /// Makes the slots room for <paramref name="count"/> customers without growing again (the load stays below 70 %),
    /// placing the ids anew: their slots are made from the arena read front to back, then each half of the new slots is
    /// filled by a thread of its own with the ids whose search starts there; an id whose search would run past its half
    /// is placed afterwards, on one thread, as any insertion is (a search finds an id wherever its run of full slots
    /// took it, so the order of placing changes nothing).
    /// </summary>
    private void Reserve(int count)
    {
        var length = _slots.Length;
        while (count * 10L > length * 7L)
        {
            length *= 2;
        }

        if (length == _slots.Length)
        {
            return;
        }

        var made = new Slot[Count];
        var homes = new int[Count];
        var slots = new Slot[length];
        var mask = length - 1;
        void Make(int from, int to)
        {
            for (var number = from; number < to; number++)
            {
                var id = Span(number);
                var hash = Hash(id);
                made[number] = new Slot { Tag = Tag(id, hash, out var prefix), Number = number + 1, Prefix = prefix };
                homes[number] = (int)hash & mask;
            }
        }

        List<int> Fill(int low, int high)
        {
            var spilled = new List<int>();
            for (var number = 0; number < made.Length; number++)
            {
                var at = homes[number];
                if (at < low || at >= high)
                {
                    continue;
                }

                while (at < high && slots[at].Number != 0)
                {
                    at++;
                }

                if (at == high)
                {
                    spilled.Add(number);
                }
                else
                {
                    slots[at] = made[number];
                }
            }

            return spilled;
        }

        TwoThreads.Run(Count, Make);
        List<int> spilled;
        if (Count >= TwoThreads.Fewest && Environment.ProcessorCount > 1)
        {
            var upper = Task.Run(() => Fill(length / 2, length));
            spilled = Fill(0, length / 2);
            spilled.AddRange(upper.GetAwaiter().GetResult());
        }
        else
        {
            spilled = Fill(0, length);
        }

        foreach (var number in spilled)
        {
            var at = homes[number];
            while (slots[at].Number != 0)
            {
                at = (at + 1) & mask;
            }

            slots[at] = made[number];
        }

        _slots = slots;
    }
}
