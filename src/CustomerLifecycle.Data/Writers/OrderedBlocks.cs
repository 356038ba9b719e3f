using System.Runtime.ExceptionServices;

namespace CustomerLifecycle.Data.Writers;

/// <summary>
/// Makes numbered blocks on several threads and hands them on in number order as soon as each is ready: the calling
/// thread writes the next block whenever it is made and otherwise makes one itself, while other threads make the blocks
/// after it, as many ahead as there are buffers. No thread waits for a whole round of blocks to finish.
/// </summary>
internal static class OrderedBlocks
{
    /// <summary>Makes blocks 0 to <paramref name="blocks"/> − 1 and writes them in order.</summary>
    /// <typeparam name="TBuffer">Where one block is made.</typeparam>
    /// <param name="buffers">The buffers, at least one more than <paramref name="helpers"/>; block k is made in buffer k modulo their number.</param>
    /// <param name="blocks">The number of blocks.</param>
    /// <param name="helpers">How many threads besides the calling one make blocks.</param>
    /// <param name="make">Makes a block in a buffer (on any thread).</param>
    /// <param name="write">Writes a made block (on the calling thread only, in block order).</param>
    /// <exception cref="Exception">Whatever <paramref name="make"/> or <paramref name="write"/> threw first, once every thread has stopped.</exception>
    public static void Run<TBuffer>(TBuffer[] buffers, int blocks, int helpers, Action<TBuffer, int> make, Action<TBuffer> write)
    {
        var state = new State(blocks, buffers.Length);
        var others = new Task[helpers];
        for (var h = 0; h < helpers; h++)
        {
            others[h] = Task.Run(() =>
            {
                for (var k = state.Claim(helper: true); k >= 0; k = state.Claim(helper: true))
                {
                    var block = k;
                    state.Run(() => make(buffers[block % buffers.Length], block), block);
                }
            });
        }

        try
        {
            for (var (k, made) = state.Next(); k >= 0; (k, made) = state.Next())
            {
                if (made)
                {
                    state.Run(() => write(buffers[k % buffers.Length]), k, written: true);
                }
                else
                {
                    state.Run(() => make(buffers[k % buffers.Length], k), k);
                }
            }
        }
        finally
        {
            state.Stop();
            Task.WaitAll(others);
            state.ThrowIfFailed();
        }
    }

    /// <summary>Which blocks are claimed, made and written; every member locks it.</summary>
    private sealed class State(int blocks, int buffers)
    {
        private readonly object _gate = new();
        private readonly bool[] _made = new bool[blocks];
        private int _claimed;
        private int _written;
        private bool _stopped;
        private ExceptionDispatchInfo? _failed;

        /// <summary>The next block to make, waiting while its buffer still holds an unwritten block (a helper) or none is free (-1 then for the calling thread); -1 when all are claimed or work stopped.</summary>
        public int Claim(bool helper)
        {
            lock (_gate)
            {
                while (!_stopped && _claimed < blocks && _claimed - _written >= buffers)
                {
                    if (!helper)
                    {
                        return -1;
                    }

                    Monitor.Wait(_gate);
                }

                return _stopped || _claimed >= blocks ? -1 : _claimed++;
            }
        }

        /// <summary>For the calling thread: the next block to write when it is made (true), else a block to make (false), waiting until there is one; -1 when every block is written or work stopped.</summary>
        public (int Block, bool Made) Next()
        {
            lock (_gate)
            {
                while (true)
                {
                    if (_stopped || _written >= blocks)
                    {
                        return (-1, false);
                    }

                    if (_made[_written])
                    {
                        return (_written, true);
                    }

                    if (Claim(helper: false) is var k and >= 0)
                    {
                        return (k, false);
                    }

                    Monitor.Wait(_gate);
                }
            }
        }

        /// <summary>Does one block's work and records it (made, or written), or the first failure, which stops every thread.</summary>
        public void Run(Action work, int block, bool written = false)
        {
            try
            {
                work();
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    _failed ??= ExceptionDispatchInfo.Capture(e);
                    _stopped = true;
                    Monitor.PulseAll(_gate);
                }

                return;
            }

            lock (_gate)
            {
                if (written)
                {
                    _written = block + 1;
                }
                else
                {
                    _made[block] = true;
                }

                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Stops the helpers after their current block.</summary>
        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Throws the first failure, if any.</summary>
        public void ThrowIfFailed() => _failed?.Throw();
    }
}
