namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>Work over the items of a range split in two halves, each on a thread of its own when the range is large and there are two cores.</summary>
internal static class TwoThreads
{
    /// <summary>The fewest items split across two threads (below, a thread's start costs more than it saves).</summary>
    public const int Fewest = 1 << 15;

    /// <summary>The items of one piece of <see cref="Share"/>.</summary>
    private const int Piece = 4096;

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

    /// <summary>
    /// Runs <paramref name="range"/> on items [0, <paramref name="count"/>) in pieces that two threads take in turn, the
    /// second after doing <paramref name="alongside"/>, so that the one that finishes first is not left waiting; with
    /// fewer than <see cref="Fewest"/> items or one core, <paramref name="alongside"/> and then every item on this thread.
    /// </summary>
    /// <param name="count">The number of items.</param>
    /// <param name="range">Does the work of items [from, to); different pieces must not write the same memory.</param>
    /// <param name="alongside">Other work, which must not touch what <paramref name="range"/> touches; or null.</param>
    public static void Share(int count, Action<int, int> range, Action? alongside)
    {
        if (count < Fewest || Environment.ProcessorCount == 1)
        {
            alongside?.Invoke();
            range(0, count);
            return;
        }

        var next = 0;
        void Work()
        {
            int from;
            while ((from = Interlocked.Add(ref next, Piece) - Piece) < count)
            {
                range(from, Math.Min(count, from + Piece));
            }
        }

        var second = Task.Run(() =>
        {
            alongside?.Invoke();
            Work();
        });
        try
        {
            Work();
        }
        finally
        {
            // Either thread's failure is thrown once both have stopped; the other thread takes no new piece after this one's.
            Volatile.Write(ref next, count);
            second.GetAwaiter().GetResult();
        }
    }
}
