using System.Runtime.InteropServices;
using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Numbers customers 0, 1, 2 … in the order they first appear, looked up straight from the characters of a field: no
/// string per row and none per customer. Each id is copied once into an arena of chunks (32,768 characters, doubling up
/// to 2^20; its length, then its characters; never moved). A slot of the open-addressing table holds 16 bytes: part of the hash, the length, the
/// number, and the first 8 characters as bytes when they fit in one; an id of at most 8 such characters is therefore
/// found without reading the arena, a longer one is compared there in place. About 2 bytes per character of id plus
/// 30–50 bytes per customer.
/// </summary>
internal sealed partial class CustomerIdTable
{
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;
    private const int FirstChunkSize = 1 << 15;
    private const uint Inline = 0x100;
    private const int InitialBits = 10;
    private const int TagBits = 23;

    private readonly List<char[]> _chunks = [];
    private Slot[] _slots = new Slot[1 << InitialBits];
    private int _shift = 64 - InitialBits;
    private readonly int _placedFromTag = TagBits;

    /// <summary>Makes an empty table.</summary>
    public CustomerIdTable()
    {
    }

    /// <summary>Makes an empty table that, on growing, takes the slots' places from their tags only up to 2^<paramref name="placedFromTag"/> slots (at most 23) and hashes the ids again above: to check both ways in tests.</summary>
    internal CustomerIdTable(int placedFromTag) => _placedFromTag = Math.Clamp(placedFromTag, 0, TagBits);
    private readonly ChunkedArray<int> _starts = new();
    private int _used;
    private int _chunkSize;

    /// <summary>The number of slots (a power of two; the table doubles when more than 70 % of them are used).</summary>
    internal int SlotCount => _slots.Length;

    /// <summary>The number of customers.</summary>
    public int Count { get; private set; }

    /// <summary>The number of a customer given by an id already trimmed, 1 to <see cref="CustomerId.MaxLength"/> characters; a new id gets the next number.</summary>
    public int IndexOf(ReadOnlySpan<char> id) => IndexOf(id, KeyOf(id));

    /// <summary>
    /// <see cref="IndexOf(ReadOnlySpan{char})"/> with the id's key already made (<see cref="KeyOf"/>), so that the key can
    /// be made, and its slot fetched (<see cref="Prefetch"/>), some rows before the look-up.
    /// </summary>
    public int IndexOf(ReadOnlySpan<char> id, in Key key)
    {
        var mask = _slots.Length - 1;
        for (var at = (int)(key.Hash >> _shift); ; at = (at + 1) & mask)
        {
            ref var slot = ref _slots[at];
            if (slot.Number == 0)
            {
                return Insert(ref slot, key.Tag, key.Prefix, id);
            }

            if (slot.Tag == key.Tag && slot.Prefix == key.Prefix && ((key.Tag & Inline) != 0 || Span(slot.Number - 1).SequenceEqual(id)))
            {
                return slot.Number - 1;
            }
        }
    }

    /// <summary>The characters of customer <paramref name="number"/>'s id.</summary>
    public ReadOnlySpan<char> Span(int number)
    {
        var start = _starts[number];
        var chunk = _chunks[start >> ChunkBits];
        var at = start & (ChunkSize - 1);
        return chunk.AsSpan(at + 1, chunk[at]);
    }

    /// <summary>Customer <paramref name="number"/>'s id (a new string each call).</summary>
    public CustomerId Id(int number) => CustomerId.From(Span(number).ToString());

    /// <summary>
    /// The numbers in the ordinal order of the ids. Each id's first 8 characters, when all of them are below U+0100 (as
    /// bytes, zero after a shorter id), make a 64-bit key whose order is the ordinal order of those characters; the
    /// numbers are sorted by key, read from the arena in number order, and only runs of equal keys are compared in the
    /// arena. With any id that has a wider character among its first 8, every pair is compared in the arena.
    /// </summary>
    public int[] Order()
    {
        var order = new int[Count];
        var keys = new ulong[Count];
        var comparer = new Ordinal(this);
        var keyed = true;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keyed = keyed && TryKey(Span(i), out keys[i]);
        }

        if (!keyed)
        {
            order.AsSpan().Sort(comparer);
            return order;
        }

        KeySort.Sort(keys, order);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                order.AsSpan(start, end - start).Sort(comparer);
            }

            start = end;
        }

        return order;
    }

    /// <summary>The id's first 8 characters as big-endian bytes, or false when one of them is not below U+0100.</summary>
    private static bool TryKey(ReadOnlySpan<char> id, out ulong key)
    {
        key = 0;
        var n = Math.Min(id.Length, 8);
        for (var i = 0; i < n; i++)
        {
            if (id[i] > 0xFF)
            {
                return false;
            }

            key |= (ulong)id[i] << (8 * (7 - i));
        }

        return true;
    }

    /// <summary>A hash of the id's UTF-16 bytes mixing every bit (8 bytes a step, then a 64-bit finaliser): the high bits place the slot and go into the tag.</summary>
    internal static ulong Hash(ReadOnlySpan<char> id)
    {
        var bytes = MemoryMarshal.AsBytes(id);
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = (h ^ MemoryMarshal.Read<ulong>(bytes)) * 0xBF58476D1CE4E5B9UL;
            h ^= h >> 31;
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        h = (h ^ tail) * 0x94D049BB133111EBUL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 32);
    }

    /// <summary>
    /// The slot's tag (the top 23 bits of the hash, whether the whole id is in the prefix, the length) and prefix (the first 8
    /// characters' low bytes): two ids with equal tags and prefixes and the inline bit set are the same id.
    /// </summary>
    private static uint Tag(ReadOnlySpan<char> id, ulong hash, out ulong prefix)
    {
        prefix = 0;
        var narrow = true;
        var n = Math.Min(id.Length, 8);
        for (var i = 0; i < n; i++)
        {
            var c = id[i];
            narrow &= c <= 0xFF;
            prefix |= (ulong)(byte)c << (8 * i);
        }

        var inline = narrow && id.Length <= 8 ? Inline : 0;
        return ((uint)(hash >> 32) & 0xFFFFFE00u) | inline | (uint)id.Length;
    }

    private int Insert(ref Slot slot, uint tag, ulong prefix, ReadOnlySpan<char> id)
    {
        var number = Count;
        _starts.Ensure(number + 1);

        if (_used + 1 + id.Length > _chunkSize)
        {
            // Chunks double from 32,768 characters up to 2^20, so a table of a few ids stays small.
            _chunkSize = _chunks.Count == 0 ? FirstChunkSize : Math.Min(ChunkSize, 2 * _chunkSize);
            _chunks.Add(new char[_chunkSize]);
            _used = 0;
        }

        var chunk = _chunks[^1];
        chunk[_used] = (char)id.Length;
        id.CopyTo(chunk.AsSpan(_used + 1));
        _starts[number] = ((_chunks.Count - 1) << ChunkBits) | _used;
        _used += 1 + id.Length;
        slot = new Slot { Tag = tag, Number = number + 1, Prefix = prefix };
        Count = number + 1;
        if (Count * 10L > _slots.Length * 7L)
        {
            Grow();
        }

        return number;
    }

    /// <summary>
    /// Doubles the table. A slot's place is given by the top bits of the hash, so the slots of the old table, read in
    /// order, go to the new one nearly in order too (slot i to 2i or 2i + 1, or just after), and while the table has at
    /// most 2²³ slots those bits are in the tag: neither the id nor the arena is read again.
    /// </summary>
    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        var shift = _shift - 1;
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot.Number == 0)
            {
                continue;
            }

            var at = shift >= 64 - _placedFromTag ? (int)(slot.Tag >> (shift - 32)) : (int)(RehashOf(slot) >> shift);
            while (slots[at].Number != 0)
            {
                at = (at + 1) & mask;
            }

            slots[at] = slot;
        }

        _slots = slots;
        _shift = shift;
    }

    /// <summary>A table slot: empty while <see cref="Number"/> is 0, else the customer's number plus one.</summary>
    private struct Slot
    {
        public uint Tag;
        public int Number;
        public ulong Prefix;
    }

    private readonly struct Ordinal(CustomerIdTable table) : IComparer<int>
    {
        public int Compare(int x, int y) => table.Span(x).SequenceCompareTo(table.Span(y));
    }
}
