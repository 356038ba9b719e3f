namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>Work over the items of a range split in two halves, each on a thread of its own when the range is large and there are two cores.</summary>
internal static class TwoThreads
{
    /// <summary>The fewest items split across two threads (below, a thread's start costs more than it saves).</summary>
    public const int Fewest = 1 << 15;

    /// <summary>Runs <paramref name="range"/> on items [0, <paramref name="count"/>): on two threads, each a half, from <see cref="Fewest"/> items with two cores; on this thread otherwise.</summary>
    /// <param name="count">The number of items.</param>
    /// <param name="range">Does the work of items [from, to); the two halves must not write the same memory.</param>
    public static void Run(int count, Action<int, int> range)
    {
        if (count >= Fewest && Environment.ProcessorCount > 1)
        {
            var half = count / 2;
            var second = Task.Run(() => range(half, count));
            range(0, half);
            second.GetAwaiter().GetResult();
        }
        else
        {
            range(0, count);
        }
    }
}
