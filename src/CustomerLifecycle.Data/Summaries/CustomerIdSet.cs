using System.Runtime.CompilerServices;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// The customer ids seen so far and the line each first appeared on, looked up straight from the characters of a field:
/// no string per row and none per customer. Each new id is copied once into an arena of fixed chunks of 32,768
/// characters (never moved); a slot of the open-addressing table (linear probing, at most three quarters full) holds
/// 16 bytes: the hash, where the id starts in the arena, its length, and its line. About 2 bytes per character of id plus
/// 21–43 bytes per customer, allocated in chunks as the customers grow, never per row.
/// </summary>
internal sealed class CustomerIdSet
{
    private const int ChunkBits = 15;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<char[]> _chunks = [];
    private Slot[] _slots = new Slot[1024];
    private int _used = ChunkSize;
    private int _count;

    /// <summary>The number of distinct ids.</summary>
    public int Count => _count;

    /// <summary>
    /// Adds an id (already trimmed, 1 to <see cref="Core.CustomerId.MaxLength"/> characters) first seen on a line; false,
    /// with the line it first appeared on, when it was seen before (ordinal comparison).
    /// </summary>
    /// <param name="id">The id's characters.</param>
    /// <param name="line">The physical line of the row (1 or more).</param>
    /// <param name="firstLine">The line of the earlier row with the same id, when there is one.</param>
    /// <returns>Whether the id is new.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAdd(ReadOnlySpan<char> id, int line, out int firstLine)
    {
        var hash = string.GetHashCode(id);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var at = hash & mask; ; at = (at + 1) & mask)
        {
            ref var slot = ref slots[at];
            if (slot.Line == 0)
            {
                slot = new Slot(hash, Store(id), id.Length, line);
                if (++_count * 4 > slots.Length * 3)
                {
                    Grow();
                }

                firstLine = 0;
                return true;
            }

            if (slot.Hash == hash && slot.Length == id.Length && Text(slot.Start, slot.Length).SequenceEqual(id))
            {
                firstLine = slot.Line;
                return false;
            }
        }
    }

    /// <summary>Copies an id into the arena; its start (chunk and offset in one number).</summary>
    private int Store(ReadOnlySpan<char> id)
    {
        if (_used + id.Length > ChunkSize)
        {
            _chunks.Add(new char[ChunkSize]);
            _used = 0;
        }

        id.CopyTo(_chunks[^1].AsSpan(_used));
        var start = ((_chunks.Count - 1) << ChunkBits) | _used;
        _used += id.Length;
        return start;
    }

    private ReadOnlySpan<char> Text(int start, int length) => _chunks[start >> ChunkBits].AsSpan(start & (ChunkSize - 1), length);

    private void Grow()
    {
        var old = _slots;
        var slots = new Slot[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Line == 0)
            {
                continue;
            }

            var at = slot.Hash & mask;
            while (slots[at].Line != 0)
            {
                at = (at + 1) & mask;
            }

            slots[at] = slot;
        }

        _slots = slots;
    }

    /// <summary>An id in the table; an empty slot has line 0 (every row has a line of 1 or more).</summary>
    private readonly record struct Slot(int Hash, int Start, int Length, int Line);
}
