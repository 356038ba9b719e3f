using System.Numerics;
using System.Runtime.InteropServices;

namespace CustomerLifecycle.Benchmarks;

/// <summary>Deterministic benchmark inputs and the baselines they are measured against.</summary>
public static class SampleData
{
    /// <summary>Scores 0–10 with a realistic skew (about 60 % promoters), fixed seed.</summary>
    public static byte[] Scores(int count, int seed)
    {
        var random = new Random(seed);
        var scores = new byte[count];
        for (var i = 0; i < count; i++)
        {
            var u = random.Next(100);
            scores[i] = (byte)(u < 60 ? 9 + (u % 2) : u < 80 ? 7 + (u % 2) : u % 7);
        }

        return scores;
    }

    /// <summary>The baseline: a plain vectorised sum of the bytes (widen to 16 bits, then to 64), the least work any pass over the buffer does.</summary>
    public static long Sum(ReadOnlySpan<byte> bytes)
    {
        long total = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && bytes.Length >= Vector<byte>.Count)
        {
            var vectors = MemoryMarshal.Cast<byte, Vector<byte>>(bytes);
            var v = 0;
            while (v < vectors.Length)
            {
                // 16-bit lanes hold 256 additions of a byte before they could overflow.
                var end = Math.Min(vectors.Length, v + 256);
                var acc = Vector<ushort>.Zero;
                for (; v < end; v++)
                {
                    Vector.Widen(vectors[v], out var low, out var high);
                    acc += low + high;
                }

                Vector.Widen(acc, out var a, out var b);
                total += Vector.Sum(a) + (long)Vector.Sum(b);
            }

            i = vectors.Length * Vector<byte>.Count;
        }

        for (; i < bytes.Length; i++)
        {
            total += bytes[i];
        }

        return total;
    }
}
