namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// An array that grows by whole chunks of 65,536 items: growing never copies what is there, so a table of millions of
/// customers grows without holding an old and a new copy at once.
/// </summary>
/// <typeparam name="T">The item type; new items are <c>default</c>.</typeparam>
internal sealed class ChunkedArray<T>
    where T : struct
{
    private const int Bits = 16;
    private const int Size = 1 << Bits;
    private T[][] _chunks = [];

    /// <summary>The number of items there is room for.</summary>
    public int Capacity => _chunks.Length * Size;

    /// <summary>Item <paramref name="index"/> (below <see cref="Capacity"/>).</summary>
    public ref T this[int index] => ref _chunks[index >> Bits][index & (Size - 1)];

    /// <summary>Makes room for indexes below <paramref name="count"/>.</summary>
    public void Ensure(int count)
    {
        if (count > Capacity)
        {
            var chunks = new T[(count + Size - 1) >> Bits][];
            _chunks.CopyTo(chunks, 0);
            for (var i = _chunks.Length; i < chunks.Length; i++)
            {
                chunks[i] = new T[Size];
            }

            _chunks = chunks;
        }
    }

    /// <summary>A copy of every item.</summary>
    public ChunkedArray<T> Clone() => new() { _chunks = [.. _chunks.Select(c => (T[])c.Clone())] };
}
