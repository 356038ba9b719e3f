using System.Runtime.ExceptionServices;

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
    /// <remarks>Either way it returns or throws only once all work has stopped, and it throws what one thread would have:
    /// the first half's failure when both halves fail.</remarks>
    public static void Run(int count, Action<int, int> range)
    {
        if (count >= Fewest && Environment.ProcessorCount > 1)
        {
            var half = count / 2;
            var second = Task.Run(() => range(half, count));
            try
            {
                range(0, half);
            }
            catch
            {
                // The earlier items' failure is the one thrown; the second half is waited for, so that nothing still
                // writes to the caller's memory once the caller sees the failure, and whatever it throws is dropped.
                WaitQuietly(second);
                throw;
            }

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
    /// <remarks>After a failure neither thread takes a new piece; it throws once both have stopped, and it throws what one
    /// thread would have: the failure of <paramref name="alongside"/>, else that of the earliest piece that failed (every
    /// piece before it was taken earlier and finished).</remarks>
    public static void Share(int count, Action<int, int> range, Action? alongside)
    {
        if (count < Fewest || Environment.ProcessorCount == 1)
        {
            alongside?.Invoke();
            range(0, count);
            return;
        }

        var next = 0;
        var gate = new object();
        var failedAt = int.MaxValue;
        ExceptionDispatchInfo? failure = null;

        void Fail(int at, Exception e)
        {
            Volatile.Write(ref next, count);
            lock (gate)
            {
                if (at < failedAt)
                {
                    failedAt = at;
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            }
        }

        void Work()
        {
            var from = 0;
            try
            {
                while ((from = Interlocked.Add(ref next, Piece) - Piece) < count)
                {
                    range(from, Math.Min(count, from + Piece));
                }
            }
            catch (Exception e)
            {
                Fail(from, e);
            }
        }

        var second = Task.Run(() =>
        {
            try
            {
                alongside?.Invoke();
            }
            catch (Exception e)
            {
                // Before every piece: one thread would have failed here first.
                Fail(-1, e);
                return;
            }

            Work();
        });
        Work();
        second.GetAwaiter().GetResult();
        failure?.Throw();
    }

    /// <summary>Waits for a task, dropping its failure (the caller is already throwing an earlier one).</summary>
    private static void WaitQuietly(Task task)
    {
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // Dropped on purpose: see the callers.
        }
    }
}
