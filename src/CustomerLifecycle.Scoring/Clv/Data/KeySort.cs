namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Sorts 64-bit keys with an item each by their bytes, least significant first (a radix sort: eight passes at most, a
/// byte that every key shares skipped), in time linear in the number of keys; equal keys keep their input order. The
/// radix sort needs a second copy of the keys and items (12 bytes each): above <see cref="Largest"/> keys (a million
/// customers, whose summary is bounded by memory more than by time) the in-place introspective sort serves instead, and
/// equal keys come in any order.
/// </summary>
internal static class KeySort
{
    /// <summary>The most keys sorted by radix.</summary>
    public const int Largest = 1 << 20;

    private const int Small = 64;

    /// <summary>Sorts <paramref name="keys"/> ascending and moves <paramref name="items"/> (as long) alongside; equal keys keep their order up to <see cref="Largest"/> keys.</summary>
    public static void Sort(ulong[] keys, int[] items)
    {
        var n = keys.Length;
        if (n <= Small)
        {
            Insertion(keys, items);
            return;
        }

        if (n > Largest)
        {
            Array.Sort(keys, items);
            return;
        }

        var counts = new int[8 * 256];
        foreach (var key in keys)
        {
            for (var b = 0; b < 8; b++)
            {
                counts[(b << 8) | (int)((key >> (8 * b)) & 0xFF)]++;
            }
        }

        var (fromKeys, fromItems) = (keys, items);
        var (toKeys, toItems) = (new ulong[n], new int[n]);
        for (var b = 0; b < 8; b++)
        {
            var shift = 8 * b;
            var starts = counts.AsSpan(b << 8, 256);
            if (starts[(int)((keys[0] >> shift) & 0xFF)] == n)
            {
                continue;
            }

            var sum = 0;
            for (var d = 0; d < 256; d++)
            {
                (starts[d], sum) = (sum, sum + starts[d]);
            }

            for (var i = 0; i < n; i++)
            {
                var key = fromKeys[i];
                var at = starts[(int)((key >> shift) & 0xFF)]++;
                toKeys[at] = key;
                toItems[at] = fromItems[i];
            }

            (fromKeys, fromItems, toKeys, toItems) = (toKeys, toItems, fromKeys, fromItems);
        }

        if (!ReferenceEquals(fromKeys, keys))
        {
            fromKeys.CopyTo(keys, 0);
            fromItems.CopyTo(items, 0);
        }
    }

    private static void Insertion(ulong[] keys, int[] items)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var (key, item) = (keys[i], items[i]);
            var j = i - 1;
            for (; j >= 0 && keys[j] > key; j--)
            {
                keys[j + 1] = keys[j];
                items[j + 1] = items[j];
            }

            keys[j + 1] = key;
            items[j + 1] = item;
        }
    }
}
