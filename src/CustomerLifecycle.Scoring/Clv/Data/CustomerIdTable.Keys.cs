using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Look-ups in parts: the key of an id is made while its field is read (<see cref="KeyOf"/>), its slot fetched into the
/// cache (<see cref="Prefetch"/>), and the look-up done some rows later (<see cref="IndexOf(ReadOnlySpan{char}, in Key)"/>),
/// when the slot has arrived. A table of 200,000 customers is larger than the processor's caches, so each look-up
/// otherwise waits for memory on its own.
/// </summary>
internal sealed partial class CustomerIdTable
{
    /// <summary>The key of an id.</summary>
    public static Key KeyOf(ReadOnlySpan<char> id)
    {
        var hash = Hash(id);
        var tag = Tag(id, hash, out var prefix);
        return new Key(hash, tag, prefix);
    }

    /// <summary>Starts fetching the slot where the look-up of <paramref name="key"/> begins.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(in Key key)
    {
        var slots = _slots;
        CacheLine.Fetch(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), (int)(key.Hash >> _shift)));
    }

    /// <summary>
    /// The hash of a slot's id: an id of at most 8 characters below U+0100 is rebuilt from the slot's prefix, so that
    /// growing the table reads no arena for it.
    /// </summary>
    private ulong RehashOf(in Slot slot)
    {
        if ((slot.Tag & Inline) == 0)
        {
            return Hash(Span(slot.Number - 1));
        }

        var length = (int)(slot.Tag & 0xFF);
        Span<char> id = stackalloc char[8];
        for (var i = 0; i < length; i++)
        {
            id[i] = (char)(byte)(slot.Prefix >> (8 * i));
        }

        return Hash(id[..length]);
    }

    /// <summary>An id's hash (placing its slot), tag and prefix (compared in the slot).</summary>
    internal readonly struct Key(ulong hash, uint tag, ulong prefix)
    {
        /// <summary>The hash of the id's characters.</summary>
        public ulong Hash { get; } = hash;

        /// <summary>Part of the hash, whether the id lies wholly in the prefix, the length.</summary>
        public uint Tag { get; } = tag;

        /// <summary>The low bytes of the first 8 characters.</summary>
        public ulong Prefix { get; } = prefix;
    }
}
